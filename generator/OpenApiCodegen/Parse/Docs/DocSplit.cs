using System;
using System.Collections.Generic;
using System.Text;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Parse.Docs;

/// <summary>
/// A spec split in two for the incremental pipeline: its structure (the text with each description and summary the
/// scanner could take out replaced by a marker, line for line) and the docs themselves. An edit that only rewords docs
/// leaves the structure equal, so the pipeline keeps its parsed and mapped model and only puts the new docs in
/// (<see cref="DocResolver"/>). A spec the scanner cannot follow is not split: its structure is the spec.
/// </summary>
internal sealed record DocSplit(SpecInput Structure, SpecDocs Docs)
{
    /// <summary>
    /// The split; the spec unsplit when it cannot be split, or when splitting fails (a bug of ours: the whole spec is
    /// then read as it always was, so the output is still right; <c>fuzz</c> and <c>corpus</c> call <see cref="Split"/>
    /// to see such failures).
    /// </summary>
    public static DocSplit Of(SpecInput input)
    {
        try
        {
            return Split(input);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Unsplit(input);
        }
    }

    internal static DocSplit Split(SpecInput input)
    {
        var text = input.Source.Text;
        if (!CanSplit(input))
        {
            return Unsplit(input);
        }

        var lines = new TextLines(text);
        var spans = YamlDocScanner.Scan(lines);
        var docs = spans is { Count: > 0 } ? DocDecoder.Decode(lines, spans) : null;
        if (spans is null || docs is null)
        {
            return Unsplit(input);
        }

        var structure = Replace(text, lines, spans);
        return new DocSplit(
            input with { Source = input.Source with { Text = structure } },
            new SpecDocs(input.Source.Path, docs.ToEquatableArray(), lines.Starts.ToEquatableArray()));
    }

    private static DocSplit Unsplit(SpecInput input)
        => new(input, new SpecDocs(input.Source.Path, EquatableArray<string>.Empty, EquatableArray<int>.Empty));

    /// <summary>
    /// Block YAML only, on its own: JSON is read another way, external references read other files, a text that
    /// already holds the marker character could pass for a split one, and a line break other than LF or CRLF (a lone
    /// CR, NEL, LS, PS) would make YAML's lines differ from the scanner's.
    /// </summary>
    private static bool CanSplit(SpecInput input)
    {
        var text = input.Source.Text;
        return input.OtherFiles.IsEmpty
               && text.Length > 0 && text[0] != '\uFEFF'
               && !DocumentReader.LooksLikeJson(text)
               && !DocumentReader.HasExternalReference(text)
               && text.IndexOf(DocMarker.Lead) < 0
               && !HasOtherLineBreaks(text);
    }

    private static bool HasOtherLineBreaks(string text)
    {
        if (text.IndexOf('\u0085') >= 0 || text.IndexOf('\u2028') >= 0 || text.IndexOf('\u2029') >= 0)
        {
            return true;
        }

        for (var index = text.IndexOf('\r'); index >= 0; index = text.IndexOf('\r', index + 1))
        {
            if (index + 1 == text.Length || text[index + 1] != '\n')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with each doc's first line ending in its marker and its other lines emptied: every line stays where it was.</summary>
    private static string Replace(string text, TextLines lines, IReadOnlyList<DocSpan> spans)
    {
        var result = new StringBuilder(text.Length);
        var copied = 0;
        for (var index = 0; index < spans.Count; index++)
        {
            var span = spans[index];
            var valueStart = lines.Starts[span.FirstLine] + span.ValueColumn;
            result.Append(text, copied, valueStart - copied).Append(DocMarker.Quoted(index));
            for (var line = span.FirstLine; line < span.LastLine; line++)
            {
                result.Append(lines.BreakAfter(line));
            }

            copied = lines.Starts[span.LastLine] + lines[span.LastLine].Length;
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }
}

/// <summary>
/// One spec's docs, by the path of the spec they belong to, and where its lines start: diagnostics are located in
/// the structure, whose lines are the spec's but whose character offsets are not.
/// </summary>
internal sealed record SpecDocs(string SpecPath, EquatableArray<string> Docs, EquatableArray<int> LineStarts)
{
    public static SpecDocs? For(IEnumerable<SpecDocs> all, string specPath)
    {
        foreach (var docs in all)
        {
            if (docs.SpecPath == specPath)
            {
                return docs;
            }
        }

        return null;
    }
}
