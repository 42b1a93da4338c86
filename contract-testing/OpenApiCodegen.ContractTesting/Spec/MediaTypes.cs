using OpenApiCodegen.Parse.Client;

namespace OpenApiCodegen.ContractTesting.Spec;

/// <summary>Media type comparisons that ignore parameters such as <c>charset</c>.</summary>
public static class MediaTypes
{
    /// <summary>The type and subtype of a Content-Type value, lower case, without parameters.</summary>
    public static string Essence(string? contentType) => MediaTypeEssence.Of(contentType);

    /// <summary>Whether a body of this Content-Type is JSON, by the generator's own definition.</summary>
    public static bool IsJson(string? contentType) => MediaTypeEssence.IsJson(contentType);

    /// <summary>Whether a received Content-Type is one of the declared ones (<c>*/*</c> and <c>type/*</c> match broadly).</summary>
    public static bool IsDeclared(string? contentType, IEnumerable<string> declared)
    {
        var essence = Essence(contentType);
        return declared.Select(Essence).Any(d =>
            d == essence
            || d == "*/*"
            || (d.EndsWith("/*", StringComparison.Ordinal) && essence.StartsWith(d[..^1], StringComparison.Ordinal)));
    }
}
