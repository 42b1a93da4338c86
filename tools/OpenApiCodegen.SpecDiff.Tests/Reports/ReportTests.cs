using System.Text.Json;
using System.Xml.Linq;
using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Reports;
using static OpenApiCodegen.SpecDiff.Tests.Infrastructure.Specs;

namespace OpenApiCodegen.SpecDiff.Tests.Reports;

public sealed class ReportTests
{
    // One breaking change (a new required request property) and one non-breaking one (a new optional property).
    private static DiffResult Sample() => Diff(
        InRequest("{type: object, properties: {name: {type: string}}}"),
        InRequest("{type: object, required: [age], properties: {name: {type: string}, age: {type: integer}, 'a|b': {type: string}}}"));

    [Fact]
    public void Text_reads_like_compiler_output()
    {
        var lines = ReportWriter.Render(Sample(), ReportFormat.Text, FailOn.Breaking).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "new.yaml(16): error request-property-required-added: Pet.Age added, required (property Pet.age added, required)",
                "new.yaml(16): info request-property-added: Pet.AB added (property Pet.a|b added)",
                "diff old.yaml -> new.yaml: 1 breaking, 0 potentially breaking, 1 non-breaking changes",
            ],
            lines);
    }

    [Fact]
    public void Markdown_has_a_table_per_level_with_escaped_cells()
    {
        var markdown = ReportWriter.Render(Sample(), ReportFormat.Markdown, FailOn.Breaking);

        Assert.Contains("## Breaking (1)", markdown);
        Assert.Contains("## Non-breaking (1)", markdown);
        Assert.DoesNotContain("## Potentially breaking", markdown);
        Assert.Contains("| `request-property-required-added` | `Pet.Age` added, required | property Pet.age added, required |  | `#/components/schemas/Pet/properties/age` (line 16) |", markdown);
        Assert.Contains(@"property Pet.a\|b added", markdown);
    }

    [Fact]
    public void Json_carries_ids_levels_symbols_and_both_locations()
    {
        using var json = JsonDocument.Parse(ReportWriter.Render(Sample(), ReportFormat.Json, FailOn.Breaking));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("summary").GetProperty("breaking").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("nonBreaking").GetInt32());
        var first = root.GetProperty("changes")[0];
        Assert.Equal("request-property-required-added", first.GetProperty("ruleId").GetString());
        Assert.Equal("Breaking", first.GetProperty("level").GetString());
        Assert.Equal("Pet.Age", first.GetProperty("symbols")[0].GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("oldLocation").ValueKind);
        Assert.Equal("#/components/schemas/Pet/properties/age", first.GetProperty("newLocation").GetProperty("pointer").GetString());
        Assert.Equal(16, first.GetProperty("newLocation").GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData(FailOn.Breaking, 1)]
    [InlineData(FailOn.Potential, 1)]
    [InlineData(FailOn.Any, 2)]
    public void JUnit_fails_the_changes_at_or_above_the_fail_on_level(FailOn failOn, int failures)
    {
        var xml = XDocument.Parse(ReportWriter.Render(Sample(), ReportFormat.JUnit, failOn));

        var cases = xml.Descendants("testcase").ToList();
        Assert.Equal(2, cases.Count);
        Assert.Equal(failures, cases.Count(c => c.Element("failure") is not null));
        Assert.Equal(failures.ToString(System.Globalization.CultureInfo.InvariantCulture), xml.Root!.Element("testsuite")!.Attribute("failures")!.Value);
        Assert.Equal("request-property-required-added", cases[0].Attribute("classname")!.Value);
    }

    [Fact]
    public void No_changes_is_said_in_every_format()
    {
        var none = Diff(InRequest("{type: object}"), InRequest("{type: object}"));

        Assert.EndsWith("no changes\n", ReportWriter.Render(none, ReportFormat.Text, FailOn.Any));
        Assert.Contains("No changes.", ReportWriter.Render(none, ReportFormat.Markdown, FailOn.Any));
        Assert.Equal(0, JsonDocument.Parse(ReportWriter.Render(none, ReportFormat.Json, FailOn.Any)).RootElement.GetProperty("changes").GetArrayLength());
        var junit = XDocument.Parse(ReportWriter.Render(none, ReportFormat.JUnit, FailOn.Any));
        Assert.Null(Assert.Single(junit.Descendants("testcase")).Element("failure"));
    }

    [Fact]
    public void Fail_on_sets_the_lowest_level_that_fails()
    {
        var potential = Diff(InResponse("{type: string, enum: [cat]}"), InResponse("{type: string, enum: [cat, dog]}"));

        Assert.False(potential.Fails(FailOn.Breaking));
        Assert.True(potential.Fails(FailOn.Potential));
        Assert.True(potential.Fails(FailOn.Any));
    }
}
