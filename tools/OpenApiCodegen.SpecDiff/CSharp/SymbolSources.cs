using OpenApiCodegen.Model;
using OpenApiCodegen.SpecDiff.Schemas;

namespace OpenApiCodegen.SpecDiff.CSharp;

/// <summary>
/// Where each emitted symbol comes from in the spec, read from the generator's own model: a JSON pointer and a role
/// (an operation gives three methods, "method", "with-response" and "pager", at one pointer). Two symbols of the two
/// versions with the same role at linked pointers are the same thing renamed.
/// </summary>
internal sealed class SymbolSources
{
    private readonly Dictionary<string, SymbolSource> _bySymbol = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byPointer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _classOfInterface = new(StringComparer.Ordinal);

    public static readonly SymbolSources None = new();

    public static SymbolSources From(SpecModel model)
    {
        var sources = new SymbolSources();
        foreach (var type in model.Types)
        {
            sources.Add(type.Name, type.Docs.SchemaPointer, "type");
            switch (type)
            {
                case ObjectModel obj:
                    foreach (var property in obj.Properties)
                    {
                        sources.Add(type.Name + "." + property.Name, property.Docs.SchemaPointer, "property:" + property.JsonName);
                    }

                    break;
                case EnumModel @enum:
                    foreach (var member in @enum.Members)
                    {
                        sources.Add(type.Name + "." + member.Name, type.Docs.SchemaPointer + "/enum", "enum:" + member.Value);
                    }

                    break;
            }
        }

        if (model.Client is { } client)
        {
            AddClient(sources, client);
        }

        return sources;
    }

    private static void AddClient(SymbolSources sources, ClientModel client)
    {
        var names = client.Names;
        sources._classOfInterface[names.Interface] = names.Client;
        sources.Add(names.Client, "#", "client");
        sources.Add(names.Interface, "#", "client-interface");
        sources.Add(names.Options, "#/components/securitySchemes", "options");
        sources.Add(names.ApiException, "#", "exception");
        sources.Add(names.ApiResponse, "#", "response");
        foreach (var scheme in client.SecuritySchemes)
        {
            var pointer = "#/components/securitySchemes/" + Pointers.Escape(scheme.Name);
            sources.Add(names.Options + "." + scheme.PropertyName, pointer, "credential");
            if (scheme.PasswordPropertyName is { } password)
            {
                sources.Add(names.Options + "." + password, pointer, "password");
            }
        }

        foreach (var group in client.Groups)
        {
            if (group.PropertyName is { } property)
            {
                sources.Add(names.Client + "." + property, "#/tags", "group:" + group.ClassName);
                sources.Add(names.Interface + "." + property, "#/tags", "group:" + group.ClassName);
            }

            // A group is its tag: another tag is another group (its methods may move there), never a rename.
            sources._classOfInterface[group.InterfaceName] = group.ClassName;
            sources.Add(group.ClassName, "#/tags", "group-class:" + group.ClassName);
            sources.Add(group.InterfaceName, "#/tags", "group-interface:" + group.InterfaceName);
            foreach (var owner in new[] { group.ClassName, group.InterfaceName })
            {
                foreach (var operation in group.Operations)
                {
                    sources.Add(owner + "." + operation.MethodName, operation.SpecPointer, "method");
                    sources.Add(owner + "." + operation.WithResponseMethodName, operation.SpecPointer, "with-response");
                    if (operation.Paging is { } paging)
                    {
                        sources.Add(owner + "." + paging.MethodName, operation.SpecPointer, "pager");
                    }
                }
            }

            foreach (var operation in group.Operations)
            {
                if (operation.ResponseHeaders is { } headers)
                {
                    sources.Add(headers.ClassName, operation.SpecPointer, "response-headers");
                }

                if (operation.Result.ResultClassName is { } result)
                {
                    sources.Add(result, operation.SpecPointer, "result");
                }
            }
        }
    }

    /// <summary>Where a symbol (<c>Type</c> or <c>Type.Member</c>) comes from, or null when the model does not say.</summary>
    public SymbolSource? Of(string symbol) => _bySymbol.TryGetValue(symbol, out var source) ? source : null;

    /// <summary>A symbol's source, or its type's when a member has none of its own (a constructor, say).</summary>
    public SymbolSource? OfSymbolOrOwner(string symbol)
    {
        var dot = symbol.LastIndexOf('.');
        return Of(symbol) ?? (dot > 0 ? Of(symbol[..dot]) : null);
    }

    /// <summary>
    /// <c>IUsersClient.GetUserAsync</c> gives <c>UsersClient.GetUserAsync</c>: the class member a client interface member
    /// stands for, or null when the symbol is not on a client interface.
    /// </summary>
    public string? ClassTwin(string symbol)
    {
        var dot = symbol.IndexOf('.', StringComparison.Ordinal);
        var owner = dot < 0 ? symbol : symbol[..dot];
        return _classOfInterface.TryGetValue(owner, out var @class) ? @class + symbol[owner.Length..] : null;
    }

    /// <summary>The symbols emitted for the deepest node on <paramref name="pointer"/>'s path that gives any.</summary>
    public IReadOnlyList<string> SymbolsAt(string pointer)
    {
        for (var current = pointer; current.Length > 0; current = Parent(current))
        {
            if (_byPointer.TryGetValue(current, out var symbols))
            {
                return symbols;
            }

            if (current == "#")
            {
                break;
            }
        }

        return [];
    }

    private static string Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? "#" : pointer[..slash];
    }

    private void Add(string symbol, string pointer, string role)
    {
        if (!_bySymbol.TryAdd(symbol, new SymbolSource(pointer, role)) || pointer == "#")
        {
            return;
        }

        if (!_byPointer.TryGetValue(pointer, out var list))
        {
            _byPointer[pointer] = list = [];
        }

        list.Add(symbol);
    }
}

internal sealed record SymbolSource(string Pointer, string Role);
