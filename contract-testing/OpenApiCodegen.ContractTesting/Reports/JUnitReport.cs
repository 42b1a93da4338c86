using System.Globalization;
using System.Xml.Linq;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Verification;

namespace OpenApiCodegen.ContractTesting.Reports;

/// <summary>
/// JUnit XML for CI test views: a test suite per operation; a test case per distinct problem (a group of findings,
/// failing when unexpected, with its count and examples; accepted drift listed in system-out), a passing case per
/// recording without any finding, and one for the operation's coverage.
/// </summary>
public static class JUnitReport
{
    public static string Render(RunResult result)
    {
        var suites = new XElement("testsuites",
            new XAttribute("name", $"{result.Title} contract"),
            new XAttribute("tests", 0),
            new XAttribute("failures", 0),
            new XAttribute("time", Seconds(result.Duration)));
        var byOperation = result.Groups.GroupBy(g => g.Operation).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var total = 0;
        var totalFailures = 0;
        foreach (var operation in result.Coverage.Operations)
        {
            var groups = byOperation.GetValueOrDefault(operation.OperationId) ?? [];
            var cases = groups.Where(g => g.First.Recording.Length > 0).Select(Case).ToList();
            var withFindings = groups.SelectMany(g => g.Findings).Select(f => f.Recording).ToHashSet(StringComparer.Ordinal);
            var folder = Path.Combine(result.RecordingsDirectory, operation.OperationId);
            var recorded = Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.json").Select(f => $"{operation.OperationId}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal).ToList()
                : [];
            cases.AddRange(recorded.Where(r => !withFindings.Contains(r)).Select(r => new XElement("testcase", new XAttribute("classname", operation.OperationId), new XAttribute("name", r))));
            cases.Add(CoverageCase(operation.OperationId, groups.Where(g => g.First.Recording.Length == 0).ToList()));
            var failures = cases.Count(c => c.Element("failure") is not null);
            total += cases.Count;
            totalFailures += failures;
            suites.Add(new XElement("testsuite",
                new XAttribute("name", operation.OperationId),
                new XAttribute("tests", cases.Count),
                new XAttribute("failures", failures),
                cases));
        }

        suites.SetAttributeValue("tests", total);
        suites.SetAttributeValue("failures", totalFailures);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites).ToString();
    }

    /// <summary>One problem: <c>CT207 /notifications/*/foo</c>, failing unless the baseline accepts it.</summary>
    private static XElement Case(FindingGroup group)
    {
        var name = $"{group.Rule.Id} {group.Rule.Name} {(group.Count == 1 ? ReportText.Location(group.First) : ReportText.Pointer(group.Rule, group.Location))}".TrimEnd();
        var element = new XElement("testcase", new XAttribute("classname", group.Operation), new XAttribute("name", name));
        var text = string.Join("\n", group.Findings.Take(20).Select(Line)) + (group.Count > 20 ? $"\n... and {group.Count - 20} more" : "");
        if (group.Accepted)
        {
            element.Add(new XElement("system-out", $"Accepted drift ({group.First.AcceptedReason}):\n{text}"));
        }
        else
        {
            element.Add(new XElement("failure",
                new XAttribute("message", $"{group.First.Message}{(group.Count > 1 ? $" ({group.Count} times)" : "")}"),
                new XAttribute("type", SeverityText.Name(group.Severity)),
                text));
        }

        return element;
    }

    private static XElement CoverageCase(string operation, IReadOnlyList<FindingGroup> groups)
    {
        var element = new XElement("testcase", new XAttribute("classname", operation), new XAttribute("name", "coverage"));
        var unexpected = groups.Where(g => !g.Accepted).SelectMany(g => g.Findings).ToList();
        if (unexpected.Count > 0)
        {
            element.Add(new XElement("failure",
                new XAttribute("message", $"{unexpected.Count} unexpected finding(s): {string.Join(", ", unexpected.Select(f => f.Rule.Id).Distinct())}"),
                new XAttribute("type", SeverityText.Name(unexpected.Max(f => f.Severity))),
                string.Join("\n", unexpected.Select(Line))));
        }

        var accepted = groups.Where(g => g.Accepted).SelectMany(g => g.Findings).ToList();
        if (accepted.Count > 0)
        {
            element.Add(new XElement("system-out", "Accepted drift:\n" + string.Join("\n", accepted.Select(Line))));
        }

        return element;
    }

    private static string Line(Finding f)
        => $"{SeverityText.Name(f.Severity)} {f.Rule.Id} {f.Rule.Name} {ReportText.Location(f)}: {f.Message} {ReportText.ExpectedActual(f)}".TrimEnd();

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
