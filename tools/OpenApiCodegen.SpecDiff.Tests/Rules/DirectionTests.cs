using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Tests.Infrastructure;
using static OpenApiCodegen.SpecDiff.Tests.Infrastructure.Specs;

namespace OpenApiCodegen.SpecDiff.Tests.Rules;

/// <summary>
/// The same schema change judged from both sides. The levels are written out here, not read from
/// the catalog, so a change to the catalog that flips a direction fails a test.
/// </summary>
public sealed class DirectionTests
{
    private const string Name = "{type: object, properties: {name: {type: string}}}";
    private const string NameAndRequiredAge = "{type: object, required: [age], properties: {name: {type: string}, age: {type: integer}}}";
    private const string RequiredName = "{type: object, required: [name], properties: {name: {type: string}}}";

    [Fact]
    public void A_new_required_property_breaks_requests_but_not_responses()
    {
        var request = ChangeAssertions.Single(Diff(InRequest(Name), InRequest(NameAndRequiredAge)), "request-property-required-added");
        var response = ChangeAssertions.Single(Diff(InResponse(Name), InResponse(NameAndRequiredAge)), "response-property-added");

        Assert.Equal(ChangeLevel.Breaking, request.Level);
        Assert.Equal(ChangeLevel.NonBreaking, response.Level);
        Assert.Equal(["Pet.Age"], request.Symbols);
        Assert.Equal("added, required", request.Effect);
    }

    [Fact]
    public void A_removed_property_breaks_responses()
    {
        var change = ChangeAssertions.Single(Diff(InResponse(NameAndRequiredAge), InResponse(Name)), "response-property-removed");

        Assert.Equal(ChangeLevel.Breaking, change.Level);
        Assert.Equal("#/components/schemas/Pet/properties/age", change.Old!.Pointer);
        Assert.Null(change.New);
    }

    [Fact]
    public void A_property_becoming_optional_may_hurt_response_readers_only()
    {
        // Whether the C# type changes (it does not for a readOnly id, which is already nullable) is the cs- rules' to say.
        Assert.Equal(ChangeLevel.PotentiallyBreaking, ChangeAssertions.Single(Diff(InResponse(RequiredName), InResponse(Name)), "response-property-required-removed").Level);
        Assert.Equal(ChangeLevel.NonBreaking, ChangeAssertions.Single(Diff(InRequest(RequiredName), InRequest(Name)), "request-property-required-removed").Level);
    }

    [Fact]
    public void An_added_enum_value_is_safe_to_send_but_may_surprise_a_strict_reader()
    {
        const string cat = "{type: string, enum: [cat]}";
        const string catDog = "{type: string, enum: [cat, dog]}";

        var request = ChangeAssertions.Single(Diff(InRequest(cat), InRequest(catDog)), "request-enum-value-added");
        var response = ChangeAssertions.Single(Diff(InResponse(cat), InResponse(catDog)), "response-enum-value-added");

        Assert.Equal(ChangeLevel.NonBreaking, request.Level);
        Assert.Equal(ChangeLevel.PotentiallyBreaking, response.Level);
        Assert.Equal(["Pet.Dog"], response.Symbols);
    }

    [Fact]
    public void A_removed_enum_value_breaks_requests()
    {
        var change = ChangeAssertions.Single(Diff(InRequest("{type: string, enum: [cat, dog]}"), InRequest("{type: string, enum: [cat]}")), "request-enum-value-removed");

        Assert.Equal(ChangeLevel.Breaking, change.Level);
        Assert.Equal(["Pet.Dog"], change.Symbols);
    }

    [Fact]
    public void Nullability_added_is_safe_in_requests_and_potentially_breaking_in_responses()
    {
        const string nullable = "{type: object, properties: {name: {type: string, nullable: true}}}";

        Assert.Equal(ChangeLevel.NonBreaking, ChangeAssertions.Single(Diff(InRequest(Name), InRequest(nullable)), "request-nullable-added").Level);
        Assert.Equal(ChangeLevel.PotentiallyBreaking, ChangeAssertions.Single(Diff(InResponse(Name), InResponse(nullable)), "response-nullable-added").Level);
        Assert.Equal(ChangeLevel.Breaking, ChangeAssertions.Single(Diff(InRequest(nullable), InRequest(Name)), "request-nullable-removed").Level);
        Assert.Equal(ChangeLevel.NonBreaking, ChangeAssertions.Single(Diff(InResponse(nullable), InResponse(Name)), "response-nullable-removed").Level);
    }

    [Fact]
    public void A_schema_used_both_ways_is_judged_both_ways()
    {
        var result = Diff(InBoth(Name), InBoth(NameAndRequiredAge));

        Assert.Equal(["request-property-required-added", "response-property-added"], ChangeAssertions.RuleIds(result));
        Assert.Equal(ChangeLevel.Breaking, result.Changes[0].Level); // worst first
    }

    [Fact]
    public void A_new_required_read_only_property_is_no_obligation_for_requests()
    {
        const string withId = "{type: object, required: [id], properties: {name: {type: string}, id: {type: string, readOnly: true}}}";

        var change = ChangeAssertions.Single(Diff(InRequest(Name), InRequest(withId)), "request-property-added");

        Assert.Equal(ChangeLevel.NonBreaking, change.Level);
    }

    [Fact]
    public void A_new_required_write_only_property_is_a_request_obligation()
    {
        const string withPassword = "{type: object, required: [password], properties: {name: {type: string}, password: {type: string, writeOnly: true}}}";

        Assert.Equal(ChangeLevel.Breaking, ChangeAssertions.Single(Diff(InBoth(Name), InBoth(withPassword)), "request-property-required-added").Level);
        Assert.Equal(ChangeLevel.NonBreaking, ChangeAssertions.Single(Diff(InBoth(Name), InBoth(withPassword)), "response-property-added").Level);
    }

    [Fact]
    public void Parameters_are_judged_like_requests()
    {
        var removed = ChangeAssertions.Single(Diff(WithParameter("{type: string, enum: [cat, dog]}"), WithParameter("{type: string, enum: [cat]}")), "parameter-enum-value-removed");
        var added = ChangeAssertions.Single(Diff(WithParameter("{type: string, enum: [cat]}"), WithParameter("{type: string, enum: [cat, dog]}")), "parameter-enum-value-added");

        Assert.Equal(ChangeLevel.Breaking, removed.Level);
        Assert.Equal(ChangeLevel.NonBreaking, added.Level);
        Assert.Equal(["ListPetsKind.Dog"], removed.Symbols); // the inline enum type the generator names {Operation}{Parameter}
    }

    [Fact]
    public void A_component_no_operation_uses_is_judged_by_the_worse_direction()
    {
        var added = ChangeAssertions.Single(Diff(Unused("{type: string, enum: [cat]}"), Unused("{type: string, enum: [cat, dog]}")), "schema-enum-value-added");
        var required = ChangeAssertions.Single(Diff(Unused(Name), Unused(RequiredName)), "schema-property-required-added");

        Assert.Equal(ChangeLevel.PotentiallyBreaking, added.Level);
        Assert.Equal(ChangeLevel.Breaking, required.Level);
    }
}
