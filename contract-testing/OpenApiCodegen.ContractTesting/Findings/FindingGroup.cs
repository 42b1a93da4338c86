namespace OpenApiCodegen.ContractTesting.Findings;

/// <summary>
/// One distinct problem: the findings that share rule, severity, operation, location (array indices as <c>*</c>,
/// so every item of a list is one place) and whether the baseline accepts them. Reports list groups, so an undeclared
/// field in every item of every recording is one line with its count, not one line per item.
/// </summary>
public sealed record FindingGroup(Rule Rule, Severity Severity, string Operation, string Location, bool Accepted, IReadOnlyList<Finding> Findings)
{
    /// <summary>How many examples reports show.</summary>
    public const int ExampleCount = 3;

    public int Count => Findings.Count;

    /// <summary>The first finding, whose message stands for the group.</summary>
    public Finding First => Findings[0];

    /// <summary>The first few findings: where the problem shows (recording and concrete pointer).</summary>
    public IEnumerable<Finding> Examples => Findings.Take(ExampleCount);

    /// <summary>Groups findings, in the order of their first finding.</summary>
    public static IReadOnlyList<FindingGroup> Of(IEnumerable<Finding> findings)
        => findings
            .GroupBy(f => (f.Rule, f.Severity, f.Operation, Location: Collapse(f.Pointer), f.Accepted))
            .Select(g => new FindingGroup(g.Key.Rule, g.Key.Severity, g.Key.Operation, g.Key.Location, g.Key.Accepted, g.ToList()))
            .ToList();

    /// <summary><c>/notifications/3/buttons/0/id</c> becomes <c>/notifications/*/buttons/*/id</c>; other locations stay.</summary>
    public static string Collapse(string pointer)
    {
        if (!pointer.StartsWith('/'))
        {
            return pointer;
        }

        var tokens = pointer.Split('/');
        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Length > 0 && tokens[i].All(char.IsAsciiDigit))
            {
                tokens[i] = "*";
            }
        }

        return string.Join("/", tokens);
    }
}
