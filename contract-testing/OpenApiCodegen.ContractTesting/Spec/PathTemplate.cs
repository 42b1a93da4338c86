namespace OpenApiCodegen.ContractTesting.Spec;

/// <summary>An OpenAPI path such as <c>/apps/{app_id}/users</c>, split into literal and parameter segments.</summary>
public sealed class PathTemplate
{
    private readonly string[] _segments;

    public PathTemplate(string template)
    {
        Template = template;
        _segments = template.Split('/');
    }

    public string Template { get; }

    /// <summary>The names of the path parameters, in order.</summary>
    public IEnumerable<string> ParameterNames => _segments.Where(IsParameter).Select(s => s[1..^1]);

    /// <summary>Segment index to parameter name, for the segments that are parameters.</summary>
    public IReadOnlyDictionary<int, string> ParameterPositions
        => _segments.Select((s, i) => (s, i)).Where(x => IsParameter(x.s)).ToDictionary(x => x.i, x => x.s[1..^1]);

    /// <summary>
    /// Reads the parameter values of a concrete path. Literal segments that differ are returned rather than
    /// failing, so that the caller can still call the operation and report the difference as drift.
    /// Null when the number of segments differs: then the path belongs to another operation.
    /// </summary>
    public PathMatch? Match(string path)
    {
        var parts = path.Split('/');
        if (parts.Length != _segments.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var mismatches = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (IsParameter(_segments[i]))
            {
                values[_segments[i][1..^1]] = Uri.UnescapeDataString(parts[i]);
            }
            else if (!string.Equals(parts[i], _segments[i], StringComparison.Ordinal))
            {
                mismatches.Add($"segment {i}: '{parts[i]}' where the spec has '{_segments[i]}'");
            }
        }

        return new PathMatch(values, mismatches);
    }

    /// <summary>Whether <paramref name="path"/> is this template with some values filled in.</summary>
    public bool Matches(string path) => Match(path) is { Mismatches.Count: 0 } match && match.Values.Values.All(v => v.Length > 0);

    private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';

    public override string ToString() => Template;
}

/// <summary>Path parameter values, and literal segments that did not match.</summary>
public sealed record PathMatch(IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Mismatches);
