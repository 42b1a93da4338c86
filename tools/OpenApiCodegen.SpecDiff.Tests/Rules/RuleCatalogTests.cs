using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.Tests.Rules;

public sealed class RuleCatalogTests
{
    [Fact]
    public void Rule_ids_are_unique_and_kebab_case()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+(-[a-z]+)*$", id));
    }

    [Fact]
    public void Every_rule_says_why()
    {
        Assert.All(RuleCatalog.All, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Reason), rule.Id));
    }

    [Fact]
    public void A_schema_rule_has_one_id_per_direction_and_judges_unused_components_by_the_worse_direction()
    {
        var rule = RuleCatalog.PropertyRequiredAdded;

        Assert.Equal(("request-property-required-added", ChangeLevel.Breaking), (rule.For(Direction.Request).Id, rule.For(Direction.Request).Level));
        Assert.Equal(("response-property-required-added", ChangeLevel.NonBreaking), (rule.For(Direction.Response).Id, rule.For(Direction.Response).Level));
        Assert.Equal(("parameter-property-required-added", ChangeLevel.Breaking), (rule.For(Direction.Parameter).Id, rule.For(Direction.Parameter).Level));
        Assert.Equal(("schema-property-required-added", ChangeLevel.Breaking), (rule.For(Direction.Model).Id, rule.For(Direction.Model).Level));
    }
}
