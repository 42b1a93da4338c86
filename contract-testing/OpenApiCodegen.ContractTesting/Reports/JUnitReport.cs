using System.Globalization;
using System.Xml.Linq;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Verification;

namespace OpenApiCodegen.ContractTesting.Reports;

/// <summary>
/// JUnit XML for CI test views: a test suite per operation, a test case per recording (plus one for the
/// operation's coverage); an unexpected finding is a failure, accepted drift is listed in system-out.
/// </summary>
public static class JUnitReport
{
    public static string Render(RunResult result)
    {
        var suites = new XElement("testsuites",
            new XAttribute("name", $"{result.Title} contract"),
            new XAttribute("tests", 0),
            new XAttribute("failures", result.Unexpected.Count),
            new XAttribute("time", Seconds(result.Duration)));
        var byOperation = result.Findings.GroupBy(f => f.Operation).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var total = 0;
        foreach (var operation in result.Coverage.Operations)
        {
            var findings = byOperation.GetValueOrDefault(operation.OperationId) ?? [];
            var cases = findings.Where(f => f.Recording.Length > 0).GroupBy(f => f.Recording).Select(g => Case(operation.OperationId, g.Key, g.ToList())).ToList();
            var recorded = Directory.Exists(result.RecordingsDirectory) && Directory.Exists(Path.Combine(result.RecordingsDirectory, operation.OperationId))
                ? Directory.EnumerateFiles(Path.Combine(result.RecordingsDirectory, operation.OperationId), "*.json").Select(f => $"{operation.OperationId}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal).ToList()
                : new List<string>();
            foreach (var clean in recorded.Where(r => !findings.Any(f => f.Recording == r)))
            {
                cases.Add(Case(operation.OperationId, clean, []));
            }

            cases.Add(Case(operation.OperationId, "coverage", findings.Where(f => f.Recording.Length == 0).ToList()));
            var failures = cases.Count(c => c.Element("failure") is not null);
            total += cases.Count;
            suites.Add(new XElement("testsuite",
                new XAttribute("name", operation.OperationId),
                new XAttribute("tests", cases.Count),
                new XAttribute("failures", failures),
                cases));
        }

        suites.SetAttributeValue("tests", total);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites).ToString();
    }

    private static XElement Case(string operation, string name, IReadOnlyList<Finding> findings)
    {
        var element = new XElement("testcase", new XAttribute("classname", operation), new XAttribute("name", name));
        var unexpected = findings.Where(f => !f.Accepted).ToList();
        if (unexpected.Count > 0)
        {
            element.Add(new XElement("failure",
                new XAttribute("message", $"{unexpected.Count} unexpected finding(s): {string.Join(", ", unexpected.Select(f => f.Rule.Id).Distinct())}"),
                new XAttribute("type", unexpected.Max(f => f.Severity).ToString().ToLowerInvariant()),
                string.Join("\n", unexpected.Select(Line))));
        }

        var accepted = findings.Where(f => f.Accepted).ToList();
        if (accepted.Count > 0)
        {
            element.Add(new XElement("system-out", "Accepted drift:\n" + string.Join("\n", accepted.Select(Line))));
        }

        return element;
    }

    private static string Line(Finding f)
        => $"{SeverityText.Name(f.Severity)} {f.Rule.Id} {f.Rule.Name} at {Oracles.JsonPointer.Display(f.Pointer)}: {f.Message} {ReportText.ExpectedActual(f)}".TrimEnd();

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
