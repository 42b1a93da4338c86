using Microsoft.OpenApi;
using OpenApiCodegen.SpecDiff.Naming;
using OpenApiCodegen.SpecDiff.Rules;
using OpenApiCodegen.SpecDiff.Schemas;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>Compares the request body of an operation present in both specs: presence, required, media types, schema.</summary>
internal sealed class RequestBodyComparer(DiffContext context, SchemaComparer schemas)
{
    public void Compare(OperationPair pair)
    {
        var oldBody = pair.Old.Operation.RequestBody;
        var newBody = pair.New.Operation.RequestBody;
        var oldPointer = pair.Old.Pointer + "/requestBody";
        var newPointer = pair.New.Pointer + "/requestBody";
        var symbol = pair.New.CSharpMethod + ": request body";

        if (oldBody is null && newBody is null)
        {
            return;
        }

        if (oldBody is null)
        {
            context.Changes.Add(newBody!.Required ? RuleCatalog.RequestBodyAddedRequired : RuleCatalog.RequestBodyAdded, null, newPointer, symbol,
                newBody.Required ? "added, required" : "added", $"{pair.New.Label}: {(newBody.Required ? "required" : "optional")} request body added");
            return;
        }

        if (newBody is null)
        {
            context.Changes.Add(RuleCatalog.RequestBodyRemoved, oldPointer, null, pair.Old.CSharpMethod + ": request body", "removed",
                $"{pair.Old.Label}: request body removed");
            return;
        }

        if (!oldBody.Required && newBody.Required)
        {
            context.Changes.Add(RuleCatalog.RequestBodyRequiredAdded, oldPointer, newPointer, symbol, "becomes required", $"{pair.New.Label}: request body became required");
        }
        else if (oldBody.Required && !newBody.Required)
        {
            context.Changes.Add(RuleCatalog.RequestBodyRequiredRemoved, oldPointer, newPointer, symbol, "becomes optional", $"{pair.New.Label}: request body is no longer required");
        }

        var oldContent = oldBody.Content ?? new Dictionary<string, IOpenApiMediaType>();
        var newContent = newBody.Content ?? new Dictionary<string, IOpenApiMediaType>();
        foreach (var (type, oldMedia) in oldContent)
        {
            var mediaPointer = "/content/" + Pointers.Escape(type);
            if (!TryGet(newContent, type, out var newType, out var newMedia))
            {
                context.Changes.Add(RuleCatalog.RequestContentTypeRemoved, oldPointer + mediaPointer, newPointer, symbol, $"can no longer send {type}",
                    $"{pair.New.Label}: request media type {type} removed");
                continue;
            }

            var site = new SchemaSite(
                [Direction.Request], oldPointer + mediaPointer + "/schema", newPointer + "/content/" + Pointers.Escape(newType) + "/schema", symbol,
                CSharpNames.RequestBodyType(pair.Old.Name), CSharpNames.RequestBodyType(pair.New.Name), $"{pair.New.Label} request body");
            schemas.Compare(oldMedia.Schema, newMedia.Schema, site);
        }

        foreach (var type in newContent.Keys.Where(t => !TryGet(oldContent, t, out _, out _)))
        {
            context.Changes.Add(RuleCatalog.RequestContentTypeAdded, oldPointer, newPointer + "/content/" + Pointers.Escape(type), symbol, $"can also send {type}",
                $"{pair.New.Label}: request media type {type} added");
        }
    }

    /// <summary>Media types compare without case (<c>application/JSON</c> is <c>application/json</c>).</summary>
    internal static bool TryGet(IDictionary<string, IOpenApiMediaType> content, string type, out string key, out IOpenApiMediaType media)
    {
        foreach (var entry in content)
        {
            if (string.Equals(entry.Key, type, StringComparison.OrdinalIgnoreCase))
            {
                key = entry.Key;
                media = entry.Value;
                return true;
            }
        }

        key = type;
        media = null!;
        return false;
    }
}
