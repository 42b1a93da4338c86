using System.Globalization;

namespace OpenApiCodegen.Parse.Docs;

/// <summary>
/// What stands in for a description or summary in the structure of a spec (<see cref="DocSplit"/>): a private-use
/// character and the doc's number. A spec cannot write it by accident in a place the scanner leaves alone, and it is a
/// plain YAML scalar, so the structure parses as the spec does.
/// </summary>
internal static class DocMarker
{
    public const char Lead = '\uE000';

    public static string For(int index) => Lead + index.ToString(CultureInfo.InvariantCulture);

    public static bool TryRead(string? text, out int index)
    {
        index = -1;
        return text is { Length: > 1 } && text[0] == Lead
               && int.TryParse(text.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
