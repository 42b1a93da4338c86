using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Parse.Client;

/// <summary>
/// Reads every operation into the client model, resolving its parameter, body and response schemas
/// through the schema mapper (so inline schemas get names like CreatePetRequest). Call
/// <see cref="Read"/> before the mapper builds its types and <see cref="Finish"/> after.
/// </summary>
internal sealed class ClientBuilder
{
    private readonly OpenApiDocument _document;
    private readonly SchemaMapper _mapper;
    private readonly ClientNames _names;
    private readonly MapperDiagnostics _diagnostics;
    private readonly List<SecuritySchemeModel> _schemes;
    private readonly Dictionary<string, (string Property, string Class, string Interface, NameScope Methods, List<OperationModel> Operations)> _groups = new();
    private readonly NameScope _rootMethods;
    private readonly List<OperationModel> _rootOperations = new();

    public ClientBuilder(OpenApiDocument document, SchemaMapper mapper, ClientNames names, MapperDiagnostics diagnostics)
    {
        _document = document;
        _mapper = mapper;
        _names = names;
        _diagnostics = diagnostics;
        _schemes = SecurityReader.Schemes(document, names.Options, diagnostics);

        // The root client's members: its group properties and its untagged operations share one scope.
        _rootMethods = new NameScope(FixedNames.Client.Reserved.Concat(new[] { names.Client, names.Interface }));
        foreach (var tag in ClientNaming.Tags(document))
        {
            var (property, className, interfaceName) = ClientNaming.Group(tag, mapper.TypeNames, _rootMethods);
            _groups[tag] = (property, className, interfaceName, new NameScope(FixedNames.Client.Reserved.Concat(new[] { className, interfaceName })), new List<OperationModel>());
        }
    }

    public void Read()
    {
        foreach (var path in _document.Paths ?? new OpenApiPaths())
        {
            var pathPointer = "#/paths/" + SchemaMapper.EscapePointer(path.Key);
            foreach (var operation in path.Value?.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                if (operation.Value is null)
                {
                    continue; // `get: ~` declares no operation
                }

                var method = operation.Key.Method.ToUpperInvariant();
                var pointer = pathPointer + "/" + method.ToLowerInvariant();
                var tag = ClientNaming.FirstTag(operation.Value);
                var methods = tag is not null && _groups.TryGetValue(tag, out var group) ? group.Methods : _rootMethods;
                var model = ReadOperation(path.Key, path.Value!, method, operation.Value, pointer, methods);
                (tag is not null && _groups.TryGetValue(tag, out var target) ? target.Operations : _rootOperations).Add(model);
            }
        }
    }

    /// <summary>Completes what needs built types (the C# name of an idempotency-key property) and returns the client.</summary>
    public ClientModel? Finish()
    {
        if (_rootOperations.Count == 0 && _groups.Values.All(g => g.Operations.Count == 0))
        {
            return null; // a spec of schemas only: models, no client
        }

        var groups = new List<OperationGroupModel>();
        if (_rootOperations.Count > 0 || _groups.Count == 0)
        {
            groups.Add(new OperationGroupModel(null, _names.Client, _names.Interface, null, _rootOperations.Select(FinishOperation).ToEquatableArray()));
        }

        foreach (var entry in _groups)
        {
            var description = _document.Tags?.FirstOrDefault(t => t.Name == entry.Key)?.Description;
            groups.Add(new OperationGroupModel(entry.Value.Property, entry.Value.Class, entry.Value.Interface, DocText.Clean(description),
                entry.Value.Operations.Select(FinishOperation).ToEquatableArray()));
        }

        var usesFiles = groups.SelectMany(g => g.Operations).Any(o => o.Body?.Parts.Any(p => p.IsFile) == true);
        var server = ServerUrl();
        return new ClientModel(_names, IsAbsoluteHttp(server) ? server : null, server, DocText.Clean(_document.Info?.Title), _schemes.ToEquatableArray(), groups.ToEquatableArray(), usesFiles);
    }

    private OperationModel ReadOperation(string path, IOpenApiPathItem pathItem, string method, OpenApiOperation operation, string pointer, NameScope methods)
    {
        var name = OperationName(operation, method, path);
        var paging = PagingReader.Declared(operation, pointer, _diagnostics);
        var family = new List<string> { "{0}" + FixedNames.Client.AsyncSuffix, "{0}" + FixedNames.Client.WithResponseAsyncSuffix };
        if (paging is not null)
        {
            family.Add("{0}" + FixedNames.Client.AllAsyncSuffix);
            if (paging.Value.Kind == PagingKind.NextLink)
            {
                family.Add("{0}" + FixedNames.Client.NextPageAsyncSuffix);
            }
        }

        var methodStem = methods.ClaimFamily(name, family.ToArray());
        var argumentNames = new NameScope(FixedNames.OperationLocals);

        var parameters = ParameterReader.Effective(pathItem, operation, "#/paths/" + SchemaMapper.EscapePointer(path), pointer)
            .Select(p => IdempotencyKeyHeader(ParameterReader.Read(p.Parameter, p.Pointer, name, _mapper, argumentNames), p.Parameter, p.Pointer))
            .ToList();
        var body = BodyReader.Read(operation.RequestBody, pointer + "/requestBody", name, _mapper, argumentNames);
        var responses = ResponseReader.Read(operation.Responses, pointer + "/responses", name, _mapper, _diagnostics);
        var result = ResponseReader.Result(responses, name, _mapper.TypeNames);

        return new OperationModel(
            operation.OperationId ?? method.ToLowerInvariant() + " " + path,
            methodStem + FixedNames.Client.AsyncSuffix,
            methodStem + FixedNames.Client.WithResponseAsyncSuffix,
            HelperNames.SecurityField(methodStem),
            method,
            path,
            DocText.Clean(operation.Summary),
            DocText.Clean(operation.Description),
            operation.Deprecated,
            OrderArguments(parameters).ToEquatableArray(),
            body,
            responses.ToEquatableArray(),
            result,
            SecurityReader.Requirements(operation, _document, _schemes).ToEquatableArray(),
            pointer,
            ResponseReader.Headers(operation.Responses, name, _mapper.TypeNames))
        {
            PagingDeclaration = paging is { } p
                ? new PagingDeclaration(p.Kind, p.Extension, p.Items, p.Next, p.Position, p.Limit,
                    methodStem + FixedNames.Client.AllAsyncSuffix,
                    p.Kind == PagingKind.NextLink ? methodStem + FixedNames.Client.NextPageAsyncSuffix : null,
                    pointer + "/" + SchemaMapper.EscapePointer(p.Extension))
                : null,
        };
    }

    /// <summary>
    /// Marks a header parameter that carries an idempotency key: <c>x-idempotency-key: true</c> on it, or, by the IETF
    /// draft's convention, the name <c>Idempotency-Key</c> (reported, and undone with <c>x-idempotency-key: false</c>).
    /// Only a string or uuid can be filled with a fresh key.
    /// </summary>
    private ParameterModel IdempotencyKeyHeader(ParameterModel parameter, IOpenApiParameter source, string pointer)
    {
        if (parameter.Location != Model.ParameterLocation.Header)
        {
            return parameter;
        }

        var declared = BodyReader.IdempotencyKeyFlag((source as OpenApiParameter)?.Extensions);
        var byName = declared is null && string.Equals(parameter.Name, BodyReader.IdempotencyKeyHeader, System.StringComparison.OrdinalIgnoreCase);
        if (declared != true && !byName)
        {
            return parameter;
        }

        if (parameter.Type.Kind is not (TypeKind.String or TypeKind.Guid))
        {
            _diagnostics.Report(Diagnostics.DiagnosticDescriptors.UnsupportedConstruct, pointer,
                "an idempotency key must be a string or uuid header", parameter.Name, "a header the caller fills, and a POST or PATCH that is never retried");
            return parameter;
        }

        if (byName)
        {
            _diagnostics.Report(Diagnostics.DiagnosticDescriptors.ConventionApplied, pointer,
                "Header '" + parameter.Name + "' is taken for an idempotency key: the client fills it with a fresh value when the caller leaves it empty, and may retry the call with it. Add 'x-idempotency-key: false' to the parameter to opt out.");
        }

        return parameter with { IsIdempotencyKey = true };
    }

    /// <summary>Path parameters in path order, then the other required ones, then the optional ones.</summary>
    private static IEnumerable<ParameterModel> OrderArguments(List<ParameterModel> parameters)
        => parameters.Where(p => p.Location == Model.ParameterLocation.Path)
            .Concat(parameters.Where(p => p.Location != Model.ParameterLocation.Path && p.IsRequired))
            .Concat(parameters.Where(p => !p.IsRequired));

    private OperationModel FinishOperation(OperationModel operation)
    {
        if (operation.PagingDeclaration is { } paging)
        {
            operation = operation with { Paging = PagingReader.Resolve(operation, paging, _mapper, _diagnostics) };
        }

        if (operation.Body is not { IdempotencyKeyProperty: { } jsonName, Type: { Kind: TypeKind.Named } type } body)
        {
            return operation;
        }

        var property = _mapper.FindObject(type)?.AllProperties.FirstOrDefault(p => p.JsonName == jsonName);
        if (property is null || property.Type.Kind is not (TypeKind.String or TypeKind.Guid))
        {
            _diagnostics.Report(Diagnostics.DiagnosticDescriptors.UnsupportedConstruct, operation.SpecPointer + "/requestBody",
                "x-idempotency-key must mark a string or uuid property of the request body", jsonName, "a body without an idempotency key, never retried when not idempotent");
            return operation with { Body = body with { IdempotencyKeyProperty = null } };
        }

        return operation with { Body = body with { IdempotencyKeyProperty = property.Name, IdempotencyKeyJsonName = jsonName, IdempotencyKeyIsGuid = property.Type.Kind == TypeKind.Guid } };
    }

    /// <summary>
    /// Whether a server URL can be the client's default base address. A relative one (<c>/api/v3</c>, common in public
    /// specs, relative to wherever the document was served) cannot: <c>new Uri("/api/v3")</c> throws on Windows and
    /// is a file path on Linux.
    /// </summary>
    private static bool IsAbsoluteHttp(string? url)
        => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The first server's URL, with its variables set to their defaults.</summary>
    private string? ServerUrl()
    {
        var server = _document.Servers?.FirstOrDefault();
        if (server?.Url is not { Length: > 0 } url)
        {
            return null;
        }

        foreach (var variable in server.Variables ?? new Dictionary<string, OpenApiServerVariable>())
        {
            url = url.Replace("{" + variable.Key + "}", variable.Value?.Default ?? string.Empty);
        }

        return url;
    }

    /// <summary>The operationId in PascalCase, or method + path when there is none ("get /pets/{id}" gives GetPetsById).</summary>
    public static string OperationName(OpenApiOperation operation, string method, string path)
    {
        if (operation.OperationId is { Length: > 0 } id)
        {
            return Identifiers.ToPascalCase(id);
        }

        var words = new List<string> { method.ToLowerInvariant() };
        foreach (var segment in path.Split('/', '?', '&', '=').Where(s => s.Length > 0))
        {
            words.Add(segment.StartsWith("{", System.StringComparison.Ordinal) ? "by_" + segment.Trim('{', '}') : segment);
        }

        return Identifiers.ToPascalCase(string.Join("_", words));
    }
}
