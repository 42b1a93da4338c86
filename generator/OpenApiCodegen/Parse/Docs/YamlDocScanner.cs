using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenApiCodegen.Parse.Docs;

/// <summary>Where one description or summary value is in the text: its lines, its key's column and its value's column.</summary>
internal sealed record DocSpan(int FirstLine, int LastLine, int KeyColumn, int ValueColumn);

/// <summary>
/// Finds the descriptions and summaries of a block-style YAML spec from its text alone, so that an edit that only
/// rewords docs need not parse and map the rest again (<see cref="DocSplit"/>). It follows mapping keys and sequence
/// items by their indentation and steps over every value it is not after (block, quoted, plain and flow scalars and
/// collections), so nothing inside a value is ever taken for a key. It gives up on the whole text (null) at anything
/// it cannot follow for sure: tabs, directives, a second document, complex keys, anchors, tags or aliases in key
/// position, unterminated quotes or brackets. It leaves a doc where it is, parsed with the structure as before, when it
/// is not sure the value is a plain doc string: under examples, defaults, enums, constants and extensions (data); in a
/// map of names (a property or parameter named "description"); or when YAML could read it as something else.
/// </summary>
internal static class YamlDocScanner
{
    private static readonly HashSet<string> DocKeys = new(StringComparer.Ordinal) { "description", "summary" };

    /// <summary>Keys whose values are data, where "description" is a data field, not documentation.</summary>
    private static readonly HashSet<string> DataKeys = new(StringComparer.Ordinal)
    {
        "example", "examples", "default", "enum", "const", "value",
    };

    /// <summary>Keys whose values map names to objects: a "description" key in them is a name.</summary>
    private static readonly HashSet<string> NameMaps = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "dependentRequired", "schemas",
        "responses", "parameters", "requestBodies", "headers", "securitySchemes", "securityDefinitions", "links",
        "callbacks", "pathItems", "paths", "webhooks", "content", "encoding", "mapping", "variables", "scopes",
        "components", "security",
    };

    private sealed record Level(int Column, string Key, bool IsItem);

    private enum KeyKind
    {
        Key,
        NotAKey,
        Unsupported,
    }

    /// <summary>The docs found, in text order; null when the text is not YAML this scanner can follow.</summary>
    public static List<DocSpan>? Scan(TextLines lines)
    {
        var found = new List<DocSpan>();
        var stack = new List<Level>();
        var sawContent = false;
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            var indent = TextLines.Indent(line);
            if (indent == line.Length || line[indent] == '#')
            {
                i++;
                continue;
            }

            if (line[indent] == '\t')
            {
                return null;
            }

            if (indent == 0 && (line[0] == '%' || line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("...", StringComparison.Ordinal)))
            {
                if (!sawContent && line.TrimEnd() == "---")
                {
                    i++;
                    continue;
                }

                return null;
            }

            sawContent = true;
            var position = indent;
            var itemColumn = -1;
            while (IsItemDash(line, position))
            {
                PopForItem(stack, position);
                stack.Add(new Level(position, "-", IsItem: true));
                itemColumn = position;
                position = SkipSpaces(line, position + 1);
            }

            if (position >= line.Length || line[position] == '#')
            {
                i++; // an item whose content starts on the next line
                continue;
            }

            var kind = ReadKey(line, position, out var key, out var valueColumn);
            var owner = itemColumn >= 0 ? itemColumn : ValueOwner(stack, indent);
            if (kind == KeyKind.Unsupported || (kind == KeyKind.NotAKey && owner < 0))
            {
                return null;
            }

            int next;
            if (kind == KeyKind.NotAKey)
            {
                next = SkipValue(lines, i, position, owner);
            }
            else
            {
                while (stack.Count > 0 && stack[stack.Count - 1].Column >= position)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                if (DocKeys.Contains(key) && IsDocPosition(stack) && TryDocValue(lines, i, valueColumn, position, out var last))
                {
                    found.Add(new DocSpan(i, last, position, valueColumn));
                    i = last + 1;
                    continue;
                }

                stack.Add(new Level(position, key, IsItem: false));
                next = SkipValue(lines, i, valueColumn, position);
            }

            if (next < 0)
            {
                return null;
            }

            i = next;
        }

        return found;
    }

    /// <summary>
    /// A line that is neither a key nor an item is the value of the key above it, written on the next line
    /// (<c>description:</c> then the text, indented): that key's column, or -1 when there is no such key.
    /// </summary>
    private static int ValueOwner(List<Level> stack, int indent)
        => stack.Count > 0 && !stack[stack.Count - 1].IsItem && stack[stack.Count - 1].Column < indent ? stack[stack.Count - 1].Column : -1;

    private static bool IsItemDash(string line, int position)
        => position < line.Length && line[position] == '-' && (position + 1 == line.Length || line[position + 1] == ' ');

    /// <summary>A new item ends deeper levels and its previous sibling; a compact sequence keeps the key that owns it.</summary>
    private static void PopForItem(List<Level> stack, int column)
    {
        while (stack.Count > 0)
        {
            var top = stack[stack.Count - 1];
            if (top.Column > column || (top.Column == column && top.IsItem))
            {
                stack.RemoveAt(stack.Count - 1);
                continue;
            }

            break;
        }
    }

    private static bool IsDocPosition(List<Level> stack)
    {
        if (stack.Count == 0)
        {
            return false; // a root-level description is not an OpenAPI field
        }

        foreach (var level in stack)
        {
            if (!level.IsItem && (level.Key.StartsWith("x-", StringComparison.Ordinal) || DataKeys.Contains(level.Key)))
            {
                return false;
            }
        }

        var parent = stack[stack.Count - 1];
        return parent.IsItem || !NameMaps.Contains(parent.Key);
    }

    private static KeyKind ReadKey(string line, int position, out string key, out int valueColumn)
    {
        key = string.Empty;
        valueColumn = -1;
        var first = line[position];
        switch (first)
        {
            case '?' or '&' or '!' or '*' or '%' or '@' or '`':
                return KeyKind.Unsupported;
            case '[' or '{' or '|' or '>':
                return KeyKind.NotAKey;
            case '"' or '\'':
            {
                var close = ClosingQuoteOnLine(line, position);
                if (close < 0)
                {
                    return KeyKind.NotAKey; // a quoted value going on over several lines
                }

                var colon = SkipSpaces(line, close + 1);
                if (colon < line.Length && line[colon] == ':' && (colon + 1 == line.Length || line[colon + 1] == ' '))
                {
                    key = line.Substring(position + 1, close - position - 1);
                    valueColumn = SkipSpaces(line, colon + 1);
                    return KeyKind.Key;
                }

                return KeyKind.NotAKey;
            }
        }

        for (var j = position; j < line.Length; j++)
        {
            if (line[j] == '#' && j > position && line[j - 1] == ' ')
            {
                return KeyKind.NotAKey;
            }

            if (line[j] == ':' && (j + 1 == line.Length || line[j + 1] == ' '))
            {
                key = line.Substring(position, j - position).TrimEnd();
                valueColumn = SkipSpaces(line, j + 1);
                return KeyKind.Key;
            }
        }

        return KeyKind.NotAKey;
    }

    /// <summary>
    /// Steps over the value that starts at <paramref name="column"/> of line <paramref name="index"/>, owned by a key or
    /// item at <paramref name="ownerColumn"/>: the index of the next line to read, or -1 when the value cannot be followed.
    /// </summary>
    private static int SkipValue(TextLines lines, int index, int column, int ownerColumn)
    {
        var line = lines[index];
        column = SkipSpaces(line, column);
        while (column < line.Length && line[column] is '&' or '!')
        {
            column = SkipSpaces(line, TokenEnd(line, column));
        }

        if (column >= line.Length || line[column] == '#')
        {
            return index + 1; // a nested block, or nothing
        }

        switch (line[column])
        {
            case '|' or '>':
                return DeeperLinesEnd(lines, index, ownerColumn) + 1;
            case '"' or '\'':
            {
                var (endLine, endColumn) = ClosingQuote(lines, index, column);
                return endLine < 0 || !IsBlankOrComment(lines[endLine], endColumn + 1) ? -1 : endLine + 1;
            }

            case '[' or '{':
            {
                var (endLine, endColumn) = FlowEnd(lines, index, column);
                return endLine < 0 || !IsBlankOrComment(lines[endLine], endColumn + 1) ? -1 : endLine + 1;
            }

            case '@' or '`':
                return -1;
            default:
                return DeeperLinesEnd(lines, index, ownerColumn) + 1;
        }
    }

    /// <summary>Whether the value is a doc this scanner can take out, and its last line.</summary>
    private static bool TryDocValue(TextLines lines, int index, int column, int keyColumn, out int last)
    {
        last = index;
        var line = lines[index];
        if (column >= line.Length)
        {
            return false;
        }

        switch (line[column])
        {
            case '"' or '\'':
            {
                var (endLine, endColumn) = ClosingQuote(lines, index, column);
                if (endLine < 0 || !TextLines.IsBlank(lines[endLine].Substring(endColumn + 1)))
                {
                    return false;
                }

                last = endLine;
                return HasWordCharacter(lines, index, column, endLine);
            }

            case '|' or '>':
            {
                // Keep chomping (+) would make trailing blank lines part of the value; such docs stay in place.
                var header = line.Substring(column).TrimEnd();
                if (header.Length > 3 || header.IndexOf('+') >= 0 || header.IndexOf('#') >= 0)
                {
                    return false;
                }

                last = DeeperLinesEnd(lines, index, keyColumn);
                return last > index && HasWordCharacter(lines, index + 1, 0, last);
            }

            default:
                return IsPlainDoc(line.Substring(column).TrimEnd()) && TryPlainContinuation(lines, index, keyColumn, out last);
        }
    }

    /// <summary>
    /// A plain scalar YAML reads as this very string: it starts with a letter, holds no ": " or " #", and is not a
    /// boolean, null or number (those would come back spelled another way).
    /// </summary>
    private static bool IsPlainDoc(string text)
        => text.Length > 0 && char.IsLetter(text[0])
           && text.IndexOf(": ", StringComparison.Ordinal) < 0 && text.IndexOf(" #", StringComparison.Ordinal) < 0 && text[text.Length - 1] != ':'
           && !bool.TryParse(text, out _)
           && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
           && !IsYamlNull(text);

    private static bool IsYamlNull(string text) => text is "null" or "Null" or "NULL" or "~";

    private static bool TryPlainContinuation(TextLines lines, int index, int keyColumn, out int last)
    {
        last = DeeperLinesEnd(lines, index, keyColumn);
        for (var j = index + 1; j <= last; j++)
        {
            var text = lines[j].Trim();
            if (text.StartsWith("#", StringComparison.Ordinal) || text.IndexOf(": ", StringComparison.Ordinal) >= 0
                || text.IndexOf(" #", StringComparison.Ordinal) >= 0 || text.EndsWith(":", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The last line of a block scalar or a plain scalar: it goes on over the following lines indented deeper than its
    /// owner (blank lines between them included).
    /// </summary>
    private static int DeeperLinesEnd(TextLines lines, int index, int ownerColumn)
    {
        var last = index;
        for (var j = index + 1; j < lines.Count; j++)
        {
            var line = lines[j];
            if (TextLines.IsBlank(line))
            {
                continue;
            }

            if (TextLines.Indent(line) <= ownerColumn)
            {
                break;
            }

            last = j;
        }

        return last;
    }

    private static (int Line, int Column) ClosingQuote(TextLines lines, int index, int column)
    {
        var quote = lines[index][column];
        var start = column + 1;
        for (var j = index; j < lines.Count; j++, start = 0)
        {
            var line = lines[j];
            for (var k = start; k < line.Length; k++)
            {
                if (quote == '"' && line[k] == '\\')
                {
                    k++;
                    continue;
                }

                if (line[k] != quote)
                {
                    continue;
                }

                if (quote == '\'' && k + 1 < line.Length && line[k + 1] == '\'')
                {
                    k++;
                    continue;
                }

                return (j, k);
            }
        }

        return (-1, -1);
    }

    private static int ClosingQuoteOnLine(string line, int column)
    {
        var quote = line[column];
        for (var k = column + 1; k < line.Length; k++)
        {
            if (quote == '"' && line[k] == '\\')
            {
                k++;
                continue;
            }

            if (line[k] == quote)
            {
                if (quote == '\'' && k + 1 < line.Length && line[k + 1] == '\'')
                {
                    k++;
                    continue;
                }

                return k;
            }
        }

        return -1;
    }

    /// <summary>Where a flow collection closes, over quotes and comments inside it; (-1, -1) when it never does.</summary>
    private static (int Line, int Column) FlowEnd(TextLines lines, int index, int column)
    {
        var depth = 0;
        var start = column;
        for (var j = index; j < lines.Count; j++, start = 0)
        {
            var line = lines[j];
            for (var k = start; k < line.Length; k++)
            {
                switch (line[k])
                {
                    case '[' or '{':
                        depth++;
                        break;
                    case ']' or '}':
                        if (--depth == 0)
                        {
                            return (j, k);
                        }

                        break;
                    case '"' or '\'':
                        var close = ClosingQuote(lines, j, k);
                        if (close.Line < 0)
                        {
                            return (-1, -1);
                        }

                        if (close.Line != j)
                        {
                            j = close.Line;
                            line = lines[j];
                        }

                        k = close.Column;
                        break;
                    case '#' when k == 0 || line[k - 1] == ' ':
                        k = line.Length;
                        break;
                }
            }
        }

        return (-1, -1);
    }

    private static bool HasWordCharacter(TextLines lines, int firstLine, int column, int lastLine)
    {
        for (var j = firstLine; j <= lastLine; j++)
        {
            var line = lines[j];
            for (var k = j == firstLine ? column : 0; k < line.Length; k++)
            {
                if (char.IsLetterOrDigit(line[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsBlankOrComment(string line, int column)
    {
        var k = SkipSpaces(line, column);
        return k >= line.Length || line[k] == '#';
    }

    private static int SkipSpaces(string line, int column)
    {
        while (column < line.Length && line[column] == ' ')
        {
            column++;
        }

        return column;
    }

    private static int TokenEnd(string line, int column)
    {
        while (column < line.Length && line[column] != ' ')
        {
            column++;
        }

        return column;
    }
}
