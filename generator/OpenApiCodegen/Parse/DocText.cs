using Microsoft.OpenApi;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Parse;

/// <summary>Doc comment text from a schema's title, description and deprecation.</summary>
internal static class DocText
{
    public static Documentation For(IOpenApiSchema? schema, string pointer, string? fallbackDescription = null)
    {
        var description = Clean(schema?.Description) ?? Clean(fallbackDescription);
        var title = Clean(schema?.Title);
        var summary = description ?? title;
        var remarks = description is not null && title is not null && title != description ? title : null;
        return new Documentation(summary, remarks, schema?.Deprecated ?? false, pointer);
    }

    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed.Replace("\r\n", "\n");
    }
}
