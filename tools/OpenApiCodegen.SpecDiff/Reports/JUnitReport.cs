using System.Xml.Linq;
using OpenApiCodegen.SpecDiff.Model;

namespace OpenApiCodegen.SpecDiff.Reports;

/// <summary>
/// JUnit XML, which CI systems show as test results: one test case per change (class name = rule
/// id), a failure for each change at or above the fail-on level. A diff with no change is one
/// passing test case, so the suite is never empty.
/// </summary>
internal static class JUnitReport
{
    public static string Render(DiffResult result, FailOn failOn)
    {
        var threshold = failOn.Threshold();
        var cases = result.Changes.Select(change => Case(result, change, change.Level >= threshold)).ToList();
        if (cases.Count == 0)
        {
            cases.Add(new XElement("testcase", new XAttribute("classname", "spec-diff"), new XAttribute("name", "no changes")));
        }

        var failures = result.Changes.Count(c => c.Level >= threshold);
        var name = $"openapi-diff {result.OldPath} -> {result.NewPath}";
        var suite = new XElement("testsuite",
            new XAttribute("name", name),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", 0),
            new XAttribute("skipped", 0),
            cases);
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites", new XAttribute("name", "openapi-diff"), new XAttribute("tests", cases.Count), new XAttribute("failures", failures), suite));
        return document.Declaration + "\n" + document.Root + "\n";
    }

    private static XElement Case(DiffResult result, SpecChange change, bool fails)
    {
        var testCase = new XElement("testcase",
            new XAttribute("classname", change.RuleId),
            new XAttribute("name", change.Message));
        var where = $"{ReportWriter.Place(result, change)}\nold: {change.Old?.ToString() ?? "-"}\nnew: {change.New?.ToString() ?? "-"}";
        if (fails)
        {
            testCase.Add(new XElement("failure",
                new XAttribute("message", change.Message),
                new XAttribute("type", change.Level.ToString()),
                where));
        }
        else
        {
            testCase.Add(new XElement("system-out", $"{change.Level}: {where}"));
        }

        return testCase;
    }
}
