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
    /// Reads the parameter values of a concrete path, as the operation catalog reads them (one reader of paths for the
    /// suite and the catalog). Literal segments that differ are returned rather than failing, so that the caller can
    /// still call the operation and report the difference as drift. Null when the path cannot be this operation's.
    /// </summary>
    public PathMatch? Match(string path)
    {
        if (OpenApiCodegen.Operations.PathTemplate.Match(Template, path) is not { } raw)
        {
            return null;
        }

        var values = raw.ToDictionary(v => v.Key, v => Uri.UnescapeDataString(v.Value), StringComparer.Ordinal);
        var parts = path.TrimEnd('/').Split('/');
        var segments = Template.TrimEnd('/').Split('/');
        var mismatches = new List<string>();
        for (var i = 0; parts.Length == segments.Length && i < parts.Length; i++)
        {
            if (!segments[i].Contains('{', StringComparison.Ordinal) && !string.Equals(parts[i], segments[i], StringComparison.Ordinal))
            {
                mismatches.Add($"segment {i}: '{parts[i]}' where the spec has '{segments[i]}'");
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
