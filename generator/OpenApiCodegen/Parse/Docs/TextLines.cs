using System.Collections.Generic;

namespace OpenApiCodegen.Parse.Docs;

/// <summary>A text's lines without their line breaks, and each line's break, so the text can be rebuilt line for line.</summary>
internal sealed class TextLines
{
    private readonly List<string> _lines = new();
    private readonly List<string> _breaks = new();
    private readonly List<int> _starts = new();

    public TextLines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            _starts.Add(start);
            var newline = text.IndexOf('\n', start);
            if (newline < 0)
            {
                _lines.Add(text.Substring(start));
                _breaks.Add(string.Empty);
                break;
            }

            var end = newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
            _lines.Add(text.Substring(start, end - start));
            _breaks.Add(text.Substring(end, newline + 1 - end));
            start = newline + 1;
        }
    }

    public int Count => _lines.Count;

    public string this[int index] => _lines[index];

    public string BreakAfter(int index) => _breaks[index];

    /// <summary>Where each line starts in the text.</summary>
    public IReadOnlyList<int> Starts => _starts;

    /// <summary>The number of spaces a line starts with.</summary>
    public static int Indent(string line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        return indent;
    }

    /// <summary>Whether the line holds nothing but spaces.</summary>
    public static bool IsBlank(string line) => Indent(line) == line.Length;
}
