using System.Text;
using System.Text.RegularExpressions;

namespace OpenApiCodegen.Operations;

/// <summary>Matches a request path against a path template (<c>/apps/{app_id}/users</c>) and reads each parameter's text.</summary>
public static class PathTemplate
{
    /// <summary>
    /// Each parameter's text in <paramref name="path"/>, still percent-encoded, or null when the path does not fit the
    /// template. A parameter takes one path segment or part of one; a trailing slash on either side is ignored. A path
    /// with other literal text but the template's segments still gives the parameters that fill whole segments.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? Match(string template, string path)
    {
        var question = template.IndexOf('?');
        var pathPart = question < 0 ? template : template.Substring(0, question);
        var names = new List<string>();
        var pattern = new StringBuilder("^");
        var index = 0;
        while (index < pathPart.Length)
        {
            var open = pathPart.IndexOf('{', index);
            var close = open < 0 ? -1 : pathPart.IndexOf('}', open);
            if (close < 0)
            {
                pattern.Append(Regex.Escape(pathPart.Substring(index)));
                break;
            }

            pattern.Append(Regex.Escape(pathPart.Substring(index, open - index)));
            pattern.Append("(?<p").Append(names.Count).Append(">[^/]*)");
            names.Add(pathPart.Substring(open + 1, close - open - 1));
            index = close + 1;
        }

        var match = Regex.Match(path.TrimEnd('/'), pattern.ToString().TrimEnd('/') + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return BySegment(pathPart, path);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            values[names[i]] = match.Groups["p" + i].Value;
        }

        return values;
    }

    /// <summary>
    /// A path whose literal text differs (<c>/user/</c> for <c>/users/</c>) but has the template's segments: parameters
    /// that fill whole segments are read by position, so the call is still made and the difference reported as drift.
    /// </summary>
    private static IReadOnlyDictionary<string, string>? BySegment(string template, string path)
    {
        var templateSegments = template.TrimEnd('/').Split('/');
        var pathSegments = path.TrimEnd('/').Split('/');
        if (templateSegments.Length != pathSegments.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < templateSegments.Length; i++)
        {
            var segment = templateSegments[i];
            if (segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal) && segment.IndexOf('}') == segment.Length - 1)
            {
                values[segment.Substring(1, segment.Length - 2)] = pathSegments[i];
            }
            else if (segment.IndexOf('{') >= 0)
            {
                return null; // a parameter inside a segment cannot be told apart from the text around it
            }
        }

        return values;
    }
}
