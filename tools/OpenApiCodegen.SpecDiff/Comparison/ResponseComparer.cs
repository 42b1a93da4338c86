using Microsoft.OpenApi;
using OpenApiCodegen.SpecDiff.Naming;
using OpenApiCodegen.SpecDiff.Rules;
using OpenApiCodegen.SpecDiff.Schemas;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>
/// Compares the responses of an operation present in both specs: statuses (2xx answers are what
/// the method returns, others are errors), media types, and each body schema, read by the client.
/// </summary>
internal sealed class ResponseComparer(DiffContext context, SchemaComparer schemas)
{
    public void Compare(OperationPair pair)
    {
        var oldResponses = pair.Old.Operation.Responses ?? new OpenApiResponses();
        var newResponses = pair.New.Operation.Responses ?? new OpenApiResponses();
        var oldSuccessCount = oldResponses.Keys.Count(CSharpNames.IsSuccess);
        var newSuccessCount = newResponses.Keys.Count(CSharpNames.IsSuccess);

        foreach (var (status, oldResponse) in oldResponses)
        {
            var oldPointer = pair.Old.Pointer + "/responses/" + Pointers.Escape(status);
            if (!newResponses.TryGetValue(status, out var newResponse))
            {
                context.Changes.Add(IsSuccess(status) ? RuleCatalog.ResponseSuccessStatusRemoved : RuleCatalog.ResponseErrorStatusRemoved,
                    oldPointer, null, pair.New.CSharpMethod, $"no longer returns {status}", $"{pair.New.Label}: response {status} removed");
                continue;
            }

            var newPointer = pair.New.Pointer + "/responses/" + Pointers.Escape(status);
            CompareContent(pair, status, oldResponse, newResponse, oldPointer, newPointer, oldSuccessCount, newSuccessCount);
        }

        foreach (var status in newResponses.Keys.Where(s => !oldResponses.ContainsKey(s)))
        {
            context.Changes.Add(IsSuccess(status) ? RuleCatalog.ResponseSuccessStatusAdded : RuleCatalog.ResponseErrorStatusAdded,
                null, pair.New.Pointer + "/responses/" + Pointers.Escape(status), pair.New.CSharpMethod, $"may now return {status}",
                $"{pair.New.Label}: response {status} added");
        }
    }

    private void CompareContent(
        OperationPair pair, string status, IOpenApiResponse oldResponse, IOpenApiResponse newResponse,
        string oldPointer, string newPointer, int oldSuccessCount, int newSuccessCount)
    {
        var symbol = $"{pair.New.CSharpMethod}: response {status}";
        var oldContent = oldResponse.Content ?? new Dictionary<string, IOpenApiMediaType>();
        var newContent = newResponse.Content ?? new Dictionary<string, IOpenApiMediaType>();
        foreach (var (type, oldMedia) in oldContent)
        {
            var mediaPointer = "/content/" + Pointers.Escape(type);
            if (!RequestBodyComparer.TryGet(newContent, type, out var newType, out var newMedia))
            {
                context.Changes.Add(RuleCatalog.ResponseContentTypeRemoved, oldPointer + mediaPointer, newPointer, symbol, $"no longer returns {type}",
                    $"{pair.New.Label}: response {status} media type {type} removed");
                continue;
            }

            var site = new SchemaSite(
                [Direction.Response], oldPointer + mediaPointer + "/schema", newPointer + "/content/" + Pointers.Escape(newType) + "/schema", symbol,
                CSharpNames.ResponseBodyType(pair.Old.Name, status, oldSuccessCount), CSharpNames.ResponseBodyType(pair.New.Name, status, newSuccessCount),
                $"{pair.New.Label} response {status}");
            schemas.Compare(oldMedia.Schema, newMedia.Schema, site);
        }

        foreach (var type in newContent.Keys.Where(t => !RequestBodyComparer.TryGet(oldContent, t, out _, out _)))
        {
            context.Changes.Add(RuleCatalog.ResponseContentTypeAdded, oldPointer, newPointer + "/content/" + Pointers.Escape(type), symbol, $"may also return {type}",
                $"{pair.New.Label}: response {status} media type {type} added");
        }
    }

    // 2XX ranges count as success here; "default" and everything else are errors.
    private static bool IsSuccess(string status) => status.StartsWith('2');
}
