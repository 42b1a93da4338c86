using OpenApiCodegen.SpecDiff.Rules;
using OpenApiCodegen.SpecDiff.Tests.Infrastructure;

namespace OpenApiCodegen.SpecDiff.Tests.Rules;

/// <summary>Every rule fires on its smallest example, with the level the catalog gives it.</summary>
public sealed class RuleCoverageTests
{
    public static TheoryData<string, string, string> Cases => new(RuleCases.All().Select(c => (c.RuleId, c.OldSpec, c.NewSpec)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_fires_on_its_example(string ruleId, string oldSpec, string newSpec)
    {
        var result = Specs.Diff(oldSpec, newSpec);

        var change = ChangeAssertions.Single(result, ruleId);
        var rule = Assert.Single(RuleCatalog.All, r => r.Id == ruleId);
        Assert.Equal(rule.Level, change.Level);
        Assert.False(string.IsNullOrWhiteSpace(change.Detail));
        Assert.True(change.Old is not null || change.New is not null, "a change has a location in at least one spec");
    }

    [Fact]
    public void Every_fixed_rule_has_an_example()
    {
        var covered = RuleCases.All().Select(c => c.RuleId).ToHashSet();
        var missing = RuleCatalog.FixedRules.Select(r => r.Id).Where(id => !covered.Contains(id)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_schema_rule_has_an_example_in_some_direction()
    {
        var covered = RuleCases.All().Select(c => c.RuleId).ToHashSet();
        var missing = RuleCatalog.SchemaRules
            .Where(rule => !Enum.GetValues<Direction>().Any(d => covered.Contains(rule.For(d).Id)))
            .Select(rule => rule.Suffix)
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Identical_specs_report_nothing()
    {
        foreach (var example in RuleCases.All())
        {
            var result = Specs.Diff(example.NewSpec, example.NewSpec);
            Assert.True(result.Changes.Count == 0, $"{example.RuleId} new spec against itself:\n{ChangeAssertions.Describe(result)}");
        }
    }
}
