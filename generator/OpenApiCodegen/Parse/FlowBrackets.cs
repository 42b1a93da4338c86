using System.Collections.Generic;

namespace OpenApiCodegen.Parse;

/// <summary>
/// Finds the bracket a YAML flow collection was opened with. The YAML parser reports an unclosed <c>[</c> or <c>{</c>
/// where it gave up (often the end of the file), which is not where the mistake is; the opening bracket is.
/// </summary>
internal static class FlowBrackets
{
    /// <summary>
    /// The index of the innermost <paramref name="open"/> bracket still unclosed at <paramref name="end"/>, or -1.
    /// Quoted scalars and comments are skipped; a heuristic, since a block scalar's text is not told apart.
    /// </summary>
    public static int Unclosed(string text, int end, char open)
    {
        var stack = new Stack<(char Bracket, int Index)>();
        var limit = end < 0 || end > text.Length ? text.Length : end;
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    i = SkipTo(text, i, '\n', limit);
                    break;
                case '\'':
                    i = SkipQuoted(text, i, '\'', limit);
                    break;
                case '"':
                    i = SkipQuoted(text, i, '"', limit);
                    break;
                case '[' or '{':
                    stack.Push((c, i));
                    break;
                case ']' or '}':
                    if (stack.Count > 0)
                    {
                        stack.Pop();
                    }

                    break;
            }
        }

        foreach (var (bracket, index) in stack)
        {
            if (bracket == open)
            {
                return index;
            }
        }

        return -1;
    }

    private static int SkipTo(string text, int from, char stop, int limit)
    {
        var i = from + 1;
        while (i < limit && text[i] != stop)
        {
            i++;
        }

        return i;
    }

    /// <summary>Past a quoted scalar: <c>''</c> escapes a single quote, a backslash escapes in double quotes.</summary>
    private static int SkipQuoted(string text, int from, char quote, int limit)
    {
        for (var i = from + 1; i < limit; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] != quote)
            {
                continue;
            }

            if (quote == '\'' && i + 1 < limit && text[i + 1] == '\'')
            {
                i++;
                continue;
            }

            return i;
        }

        return limit;
    }
}
