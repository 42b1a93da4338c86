using Microsoft.OpenApi;

namespace OpenApiCodegen.SpecDiff.Loading;

/// <summary>
/// Finds component schemas that are only references to each other in a loop (A: $ref B, B: $ref A).
/// Such a loop describes no value at all, and OpenAPI.NET throws on any question about its members,
/// so a spec with one is refused when loaded, with the loop named. Recursion through a real schema
/// (a Node whose children are Nodes) is fine and is not a loop here.
/// </summary>
internal static class ReferenceCycles
{
    /// <summary>The first loop, as "A -> B -> A", or null.</summary>
    public static string? Find(OpenApiDocument document)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return null;
        }

        foreach (var (name, schema) in schemas)
        {
            var chain = new List<string> { name };
            for (var current = schema; current is OpenApiSchemaReference { Reference.Id: { } id };)
            {
                var start = chain.IndexOf(id);
                if (start >= 0)
                {
                    return string.Join(" -> ", chain.Skip(start).Append(id));
                }

                chain.Add(id);
                if (!schemas.TryGetValue(id, out current))
                {
                    break; // unresolved: OpenAPI.NET reports it, and the diff treats it as any JSON
                }
            }
        }

        return null;
    }
}
