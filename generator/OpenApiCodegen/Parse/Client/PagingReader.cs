using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Parse.Client;

/// <summary>
/// Reads the paging an operation declares: Azure's <c>x-ms-pageable</c> (<c>nextLinkName</c>, <c>itemName</c>) and
/// Speakeasy's <c>x-speakeasy-pagination</c> (<c>offsetLimit</c> with an <c>offset</c> or <c>page</c> input, or
/// <c>cursor</c>), and resolves it against the built answer type into the pager the emitter writes. Nothing is guessed:
/// an operation without either extension has no pager, and a declaration that does not fit the operation is reported
/// (OAC004) and gives none.
/// </summary>
internal static class PagingReader
{
    public const string MsPageable = "x-ms-pageable";
    public const string SpeakeasyPagination = "x-speakeasy-pagination";
    private const string NotPaged = "no pager for this operation (its plain methods are unaffected)";

    /// <summary>What the extensions say, or null when the operation declares no paging (or declares it unusably: reported).</summary>
    public static (PagingKind Kind, string Extension, string Items, string? Next, string? Position, string? Limit)? Declared(OpenApiOperation operation, string pointer, MapperDiagnostics diagnostics)
    {
        if (Extension(operation, MsPageable) is { } pageable)
        {
            // A null nextLinkName means every item comes in one answer: nothing to page through.
            var next = Text(pageable["nextLinkName"]);
            return next is null ? null : (PagingKind.NextLink, MsPageable, Text(pageable["itemName"]) ?? "value", next, null, null);
        }

        if (Extension(operation, SpeakeasyPagination) is not { } speakeasy)
        {
            return null;
        }

        var inputs = (speakeasy["inputs"] as JsonArray ?? new JsonArray())
            .OfType<JsonObject>()
            .Where(i => Text(i["in"]) is null or "parameters")
            .Select(i => (Name: Text(i["name"]), Type: Text(i["type"])))
            .Where(i => i.Name is not null)
            .ToList();
        string? Input(string type) => inputs.FirstOrDefault(i => i.Type == type).Name;
        var results = Path(Text(speakeasy["outputs"]?["results"]));
        var type = Text(speakeasy["type"]);
        (PagingKind, string, string, string?, string?, string?)? Unsupported(string what)
        {
            diagnostics.Report(Diagnostics.DiagnosticDescriptors.UnsupportedConstruct, pointer, what, SpeakeasyPagination, NotPaged);
            return null;
        }

        if (results is null)
        {
            return Unsupported("outputs.results must be '$' or '$.<property>' of the answer");
        }

        switch (type)
        {
            case "offsetLimit" when Input("offset") is { } offset:
                return (PagingKind.Offset, SpeakeasyPagination, results, null, offset, Input("limit"));
            case "offsetLimit" when Input("page") is { } page:
                return (PagingKind.Page, SpeakeasyPagination, results, null, page, Input("limit"));
            case "cursor" when Input("cursor") is { } cursor && Path(Text(speakeasy["outputs"]?["nextCursor"])) is { } nextCursor && nextCursor != "$":
                return (PagingKind.Cursor, SpeakeasyPagination, results, nextCursor, cursor, Input("limit"));
            default:
                return Unsupported("type must be offsetLimit (with an offset or page input parameter) or cursor (with a cursor input parameter and outputs.nextCursor)");
        }
    }

    /// <summary>
    /// The pager for a declaration, against the operation's built answer type: the list of items, the cursor or next link,
    /// the argument it drives and the page size. Null, reported, when any of them is not what the declaration says.
    /// </summary>
    public static PagingModel? Resolve(OperationModel operation, PagingDeclaration declaration, SchemaMapper mapper, MapperDiagnostics diagnostics)
    {
        PagingModel? Unsupported(string what)
        {
            diagnostics.Report(Diagnostics.DiagnosticDescriptors.UnsupportedConstruct, declaration.Pointer, what, declaration.Extension, NotPaged);
            return null;
        }

        if (operation.Result is not { Shape: ResultShape.Single, Kind: ResponseKind.Json, IsNullable: false, Type: { } page })
        {
            return Unsupported("a paged operation must answer one JSON type for success");
        }

        TypeRef items;
        string? itemsProperty = null;
        string? nextProperty = null;
        var properties = mapper.FindObject(page)?.AllProperties;
        if (declaration.ItemsJsonName == "$")
        {
            if (page.Kind != TypeKind.List)
            {
                return Unsupported("the answer is not a list, so it cannot be the page's items ('$')");
            }

            items = page.Element!;
        }
        else if (properties?.FirstOrDefault(p => p.JsonName == declaration.ItemsJsonName) is { Type.Kind: TypeKind.List } list)
        {
            items = list.Type.Element!;
            itemsProperty = list.Name;
        }
        else
        {
            return Unsupported("the answer has no list property '" + declaration.ItemsJsonName + "' for the page's items");
        }

        if (declaration.NextJsonName is { } next)
        {
            if (properties?.FirstOrDefault(p => p.JsonName == next) is not { Type.Kind: TypeKind.String or TypeKind.Uri } nextValue)
            {
                return Unsupported("the answer has no string property '" + next + "' for the next page");
            }

            nextProperty = nextValue.Name;
        }

        ParameterModel? position = null;
        if (declaration.PositionParameter is { } positionName)
        {
            position = operation.Parameters.FirstOrDefault(p => p.Name == positionName && p.Location == Model.ParameterLocation.Query);
            var fits = declaration.Kind == PagingKind.Cursor
                ? position?.Type.Kind == TypeKind.String
                : position?.Type.Kind is TypeKind.Int32 or TypeKind.Int64;
            if (!fits)
            {
                return Unsupported("the operation has no " + (declaration.Kind == PagingKind.Cursor ? "string" : "integer") + " query parameter '" + positionName + "'");
            }
        }

        var limit = declaration.LimitParameter is { } limitName
            ? operation.Parameters.FirstOrDefault(p => p.Name == limitName && p.Type.Kind is TypeKind.Int32 or TypeKind.Int64)
            : null;

        // The pager's locals, claimed against its own arguments.
        var arguments = operation.Parameters.Select(p => p.ArgumentName)
            .Concat(operation.Body is { } body ? new[] { body.ArgumentName }.Concat(body.Parts.Select(p => p.ArgumentName)) : Enumerable.Empty<string>())
            .Concat(new[] { "cancellationToken" });
        var locals = new NameScope(arguments);
        return new PagingModel(
            declaration.Kind,
            declaration.MethodName,
            declaration.NextPageMethodName,
            items,
            itemsProperty,
            nextProperty,
            position?.ArgumentName,
            position?.Type,
            limit?.ArgumentName,
            limit?.IsRequired ?? false,
            locals.Claim("page"),
            locals.Claim("items"),
            locals.Claim("item"),
            locals.Claim(declaration.Kind == PagingKind.NextLink ? "link" : "position"));
    }

    private static JsonObject? Extension(OpenApiOperation operation, string name)
        => operation.Extensions is { } extensions && extensions.TryGetValue(name, out var extension) && extension is JsonNodeExtension { Node: JsonObject node } ? node : null;

    /// <summary><c>$</c> or <c>$.name</c>; null for anything deeper, which the pager does not follow.</summary>
    private static string? Path(string? path)
    {
        if (path == "$")
        {
            return "$";
        }

        return path is { Length: > 2 } && path.StartsWith("$.", System.StringComparison.Ordinal) && path.IndexOfAny(new[] { '.', '[' }, 2) < 0 ? path.Substring(2) : null;
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
