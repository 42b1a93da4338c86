using System.Globalization;

namespace OpenApiCodegen.Parse.Docs;

/// <summary>
/// What stands in for a description or summary in the structure of a spec (<see cref="DocSplit"/>): a private-use
/// character and the doc's number. A spec holding that character is never split, so it cannot pass for a marker. It is
/// written double-quoted: a line indented under it is then an error, as it is under the quoted or block scalar it
/// replaces (a plain marker would take such a line in as its continuation, and hide the spec's error).
/// </summary>
internal static class DocMarker
{
    public const char Lead = '\uE000';

    public static string For(int index) => Lead + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The marker as the structure's text writes it.</summary>
    public static string Quoted(int index) => "\"" + For(index) + "\"";

    public static bool TryRead(string? text, out int index)
    {
        index = -1;
        return text is { Length: > 1 } && text[0] == Lead
               && int.TryParse(text.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
