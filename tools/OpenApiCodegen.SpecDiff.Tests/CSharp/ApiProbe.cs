using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenApiCodegen.SpecDiff.Tests.CSharp;

/// <summary>
/// The test's own answer to "what does the new client break?", independent of the diff's comparer: C# that uses every
/// public symbol of the old client the way a caller would (reads and writes each property, calls each method with every
/// argument by position and with the required ones only, builds each type with its required members, names each value),
/// one method per symbol, compiled against the new client. A symbol whose probe has an error is broken.
/// </summary>
internal sealed partial class ApiProbe
{
    private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly StringBuilder _source = new();
    private readonly List<(string Owner, string Symbol)> _symbols = [];

    private ApiProbe()
    {
    }

    /// <summary>The probe source for the public API <paramref name="old"/> declares.</summary>
    public static (string Source, IReadOnlyList<(string Owner, string Symbol)> Symbols) For(Compilation old)
    {
        var probe = new ApiProbe();
        probe._source.Append("#nullable enable\n#pragma warning disable CS0618, CS0612, CS0168, CS0219\nnamespace Probe;\ninternal static class Uses\n{\n    private static T V<T>() => default!;\n");
        var @object = old.GetSpecialType(SpecialType.System_Object);
        foreach (var type in PublicTypes(old.Assembly.GlobalNamespace))
        {
            // A generic type is used as callers use it: with a type argument (object will do).
            probe.AddType(type.IsGenericType ? type.Construct([.. Enumerable.Repeat<ITypeSymbol>(@object, type.Arity)]) : type, @object);
        }

        probe._source.Append("}\n");
        return (probe._source.ToString(), probe._symbols);
    }

    /// <summary>Compiles the probe against a client; the symbols with errors, and those with nullable warnings only.</summary>
    public static (HashSet<string> Broken, HashSet<string> Warned, List<string> Errors) Run(string source, IReadOnlyList<(string Owner, string Symbol)> symbols, Compilation client)
    {
        var tree = CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)client.SyntaxTrees.First().Options);
        var compilation = client.AddSyntaxTrees(tree);
        var diagnostics = compilation.GetSemanticModel(tree).GetDiagnostics();
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();
        var warned = new HashSet<string>(StringComparer.Ordinal);
        var root = tree.GetRoot();
        var byProbe = new Dictionary<int, List<Diagnostic>>();
        foreach (var diagnostic in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            var method = root.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf()
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().FirstOrDefault();
            if (method is not null && method.Identifier.Text.StartsWith('P') && int.TryParse(method.Identifier.Text[1..], out var index))
            {
                (byProbe.TryGetValue(index, out var list) ? list : byProbe[index] = []).Add(diagnostic);
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    errors.Add($"{symbols[index].Symbol}: {diagnostic.Id} {diagnostic.GetMessage()} in {method.Body}");
                }
            }
        }

        foreach (var (index, found) in byProbe)
        {
            // When the probe's own type is gone, that is the one thing broken; its members' types may be gone with it.
            if (found.Any(d => OwnerMissing(symbols[index], d)))
            {
                broken.Add(symbols[index].Owner);
                continue;
            }

            foreach (var diagnostic in found)
            {
                (diagnostic.Severity == DiagnosticSeverity.Error ? broken : warned).Add(Key(symbols[index], diagnostic));
            }
        }

        warned.ExceptWith(broken);
        return (broken, warned, errors);
    }

    /// <summary>
    /// Whom an error is about: the type when the probe's type is gone, the required member a construction now lacks, and
    /// the probed symbol otherwise.
    /// </summary>
    private static bool OwnerMissing((string Owner, string Symbol) probe, Diagnostic diagnostic)
    {
        var quoted = Quoted().Match(diagnostic.GetMessage()) is { Success: true } match ? match.Groups[1].Value : "";
        return diagnostic.Id is "CS0246" or "CS0234" or "CS0426" && (probe.Owner == quoted || probe.Owner.EndsWith("." + quoted, StringComparison.Ordinal));
    }

    /// <summary>Whom an error is about: the required member a construction now lacks, or the probed symbol.</summary>
    private static string Key((string Owner, string Symbol) probe, Diagnostic diagnostic)
    {
        if (diagnostic.Id == "CS9035" && Quoted().Match(diagnostic.GetMessage()) is { Success: true } match)
        {
            // 'OneSignal.Notification.Contents' -> Notification.Contents
            return string.Join('.', match.Groups[1].Value.Split('.')[^2..]);
        }

        return probe.Symbol;
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();

    private static IEnumerable<INamedTypeSymbol> PublicTypes(INamespaceSymbol root)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>([root]);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push(ns);
                }
                else if (member is INamedTypeSymbol { DeclaredAccessibility: Accessibility.Public } type)
                {
                    yield return type;
                    pending.Push(type);
                }
            }
        }
    }

    private void AddType(INamedTypeSymbol type, ITypeSymbol @object)
    {
        var name = type.ToDisplayString(Qualified);
        var owner = string.Join('.', ContainingTypes(type).Select(t => t.Name));
        var self = type.IsStatic ? "" : $"{name} p";
        Probe(owner, owner, self, type.BaseType is { SpecialType: SpecialType.None } baseType && type.TypeKind == TypeKind.Class
            ? $"{baseType.ToDisplayString(Qualified)} b = p;"
            : type.IsStatic ? $"_ = typeof({name});" : "_ = p;");

        foreach (var member in type.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public))
        {
            switch (member)
            {
                case IPropertySymbol { IsIndexer: false } property:
                {
                    var target = property.IsStatic ? name : "p";
                    var body = new StringBuilder();
                    if (property.GetMethod is { DeclaredAccessibility: Accessibility.Public })
                    {
                        body.Append($"{property.Type.ToDisplayString(Qualified)} r = {target}.{Escape(property.Name)}; ");
                    }

                    if (property.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false })
                    {
                        body.Append($"{target}.{Escape(property.Name)} = V<{property.Type.ToDisplayString(Qualified)}>(); ");
                    }

                    Probe(owner, owner + "." + property.Name, property.IsStatic ? "" : self, body.ToString());
                    break;
                }

                case IFieldSymbol field:
                {
                    var target = field.IsStatic || field.IsConst ? name : "p";
                    var write = field.IsReadOnly || field.IsConst || type.TypeKind == TypeKind.Enum ? "" : $" {target}.{Escape(field.Name)} = V<{field.Type.ToDisplayString(Qualified)}>();";
                    Probe(owner, owner + "." + field.Name, field.IsStatic || field.IsConst ? "" : self,
                        $"{field.Type.ToDisplayString(Qualified)} r = {target}.{Escape(field.Name)};{write}");
                    break;
                }

                case IMethodSymbol { MethodKind: MethodKind.Ordinary } generic:
                {
                    // A generic method (a union's Match) is called with object for each type argument.
                    var method = generic.IsGenericMethod ? generic.Construct([.. Enumerable.Repeat<ITypeSymbol>(@object, generic.Arity)]) : generic;
                    var target = method.IsStatic ? name : "p";
                    var result = method.ReturnsVoid ? "" : $"{method.ReturnType.ToDisplayString(Qualified)} r = ";
                    var calls = $"{result}{target}.{Escape(method.Name)}({Arguments(method.Parameters)});";
                    if (method.Parameters.Any(p => p.IsOptional))
                    {
                        calls += $" {target}.{Escape(method.Name)}({Arguments(method.Parameters.Where(p => !p.IsOptional), "b")});";
                    }

                    Probe(owner, owner + "." + method.Name, method.IsStatic ? "" : self, calls);
                    break;
                }

                case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when !type.IsAbstract && type.TypeKind == TypeKind.Class:
                {
                    var required = constructor.GetAttributes().Any(a => a.AttributeClass?.Name == "SetsRequiredMembersAttribute")
                        ? []
                        : AllMembers(type).Where(m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true }).Select(m => m.Name).Distinct().ToList();
                    var initializer = required.Count == 0 ? "" : " { " + string.Join(", ", required.Select(r => $"{Escape(r)} = default!")) + " }";
                    Probe(owner, owner + "..ctor", "", $"var r = new {name}({Arguments(constructor.Parameters)}){initializer};");
                    break;
                }
            }
        }
    }

    private static IEnumerable<ISymbol> AllMembers(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                yield return member;
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> ContainingTypes(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            chain.Insert(0, current);
        }

        return chain;
    }

    private static string Arguments(IEnumerable<IParameterSymbol> parameters, string prefix = "a")
        => string.Join(", ", parameters.Select((p, i) => p.RefKind == RefKind.Out
            ? $"out {p.Type.ToDisplayString(Qualified)} {prefix}{i}"
            : $"V<{p.Type.ToDisplayString(Qualified)}>()"));

    private static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private void Probe(string owner, string symbol, string parameters, string body)
    {
        _source.Append($"    public static void P{_symbols.Count}({parameters}) {{ {body} }}\n");
        _symbols.Add((owner, symbol));
    }
}
