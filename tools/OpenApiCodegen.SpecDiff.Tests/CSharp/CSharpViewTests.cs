using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.SpecDiff.CSharp;
using OpenApiCodegen.SpecDiff.Loading;
using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Rules;
using static OpenApiCodegen.SpecDiff.Tests.Infrastructure.Specs;

namespace OpenApiCodegen.SpecDiff.Tests.CSharp;

/// <summary>Small specs through the C# view: the generator runs on both, and the compiled APIs are compared.</summary>
public sealed class CSharpViewTests
{
    private static DiffResult Diff(string oldSpec, string newSpec) => SpecDiffer.Compare(
        SpecLoader.Parse("old.yaml", oldSpec), SpecLoader.Parse("new.yaml", newSpec), new ClientIdentity("Shop", "ShopClient"), InProcessClientCompiler.Instance);

    private static string Users(string operationId, string parameters = "", string tag = "users") => Document($$$"""
        /users/{id}:
          get:
            operationId: {{{operationId}}}
            tags: [{{{tag}}}]
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
        {{{parameters}}}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/User'}
        """, """
        schemas:
          User: {type: object, properties: {name: {type: string}}}
        """);

    [Fact]
    public void A_renamed_operation_renames_the_methods_the_generator_emits()
    {
        // A tag's group is public through its interface (client.Users); the class behind it is not public API.
        var result = Diff(Users("fetch_user"), Users("get_user"));

        var renamed = result.Changes.Where(c => c.Rule == CSharpRules.MemberRenamed).ToList();
        Assert.Contains(renamed, c => c.Symbols.SequenceEqual(["IUsersClient.FetchUserAsync"]) && c.Effect == "renamed to GetUserAsync");
        Assert.All(renamed, c => Assert.StartsWith("operation fetch_user renamed to get_user", c.Detail));
        Assert.DoesNotContain(result.Changes, c => c.RuleId == "operation-renamed");
        Assert.True(result.Fails(FailOn.Breaking));
    }

    [Fact]
    public void A_new_optional_query_parameter_goes_before_the_cancellation_token_and_breaks_positional_calls()
    {
        var result = Diff(Users("get_user"), Users("get_user", "      - {name: fields, in: query, schema: {type: string}}"));

        var change = Assert.Single(result.Changes, c => c.Symbols.Contains("IUsersClient.GetUserAsync"));
        Assert.Equal(CSharpRules.ParametersChanged, change.Rule);
        Assert.Equal("parameter fields (string?) inserted before cancellationToken", change.Effect);
        Assert.Equal("get_user: optional query parameter fields added", change.Detail);
    }

    [Fact]
    public void A_new_required_request_property_is_a_required_member_and_an_invalid_old_request()
    {
        var result = Diff(InRequest("{type: object, properties: {name: {type: string}}}"), InRequest("{type: object, required: [age], properties: {name: {type: string}, age: {type: integer}}}"));

        var change = Assert.Single(result.Changes, c => c.Symbols.Contains("Pet.Age"));
        Assert.Equal(CSharpRules.RequiredAdded, change.Rule);
        Assert.Equal("added, and required", change.Effect);
        Assert.Equal(ChangeLevel.Breaking, change.Level);
    }

    [Fact]
    public void A_property_that_becomes_nullable_is_a_nullable_warning_not_a_break()
    {
        var result = Diff(InResponse("{type: object, required: [name], properties: {name: {type: string}}}"), InResponse("{type: object, required: [name], properties: {name: {type: string, nullable: true}}}"));

        var change = Assert.Single(result.Changes, c => c.Rule.IsCSharp());
        Assert.Equal(CSharpRules.NullabilityChanged, change.Rule);
        Assert.Equal(["Pet.Name"], change.Symbols);
        Assert.Equal("type changes from string to string?", change.Effect);
        Assert.False(result.Fails(FailOn.Breaking));
        Assert.True(result.Fails(FailOn.Warning));
    }

    [Fact]
    public void A_new_first_tag_moves_the_method_to_another_group_and_names_only_public_symbols()
    {
        var result = Diff(Users("get_user"), Users("get_user", tag: "people"));

        Assert.Contains(result.Changes, c => c.Rule == CSharpRules.MemberRenamed
            && c.Symbols.SequenceEqual(["IUsersClient.GetUserAsync"]) && c.Effect == "moved to IPeopleClient.GetUserAsync"
            && c.Detail == "operation get_user: first tag now people instead of users");
        Assert.DoesNotContain(result.Changes, c => c.RuleId == "operation-group-changed");
        // The group classes behind the interfaces are not public API, so no line names them.
        Assert.DoesNotContain(result.Changes.SelectMany(c => c.Symbols), s => s.StartsWith("UsersClient.", StringComparison.Ordinal) || s.StartsWith("PeopleClient.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_success_answer_that_refers_to_another_schema_is_one_line_per_method()
    {
        var person = Users("get_user").Replace("$ref: '#/components/schemas/User'", "$ref: '#/components/schemas/Person'", StringComparison.Ordinal)
            + "    Person: {type: object, properties: {name: {type: string}}}\n";

        var result = Diff(Users("get_user"), person);

        var change = Assert.Single(result.Changes, c => c.Symbols.Contains("IUsersClient.GetUserAsync"));
        Assert.Equal(CSharpRules.TypeChanged, change.Rule);
        Assert.Equal("return type changes from Task<User> to Task<Person>", change.Effect);
        Assert.DoesNotContain(result.Changes, c => c.RuleId == "response-type-changed");
    }

    [Fact]
    public void A_property_moved_up_to_a_new_base_type_is_still_the_types_member_and_moving_it_back_is_too()
    {
        const string flat = "{type: object, properties: {name: {type: string}, tag: {type: string}}}";
        const string derived = "{allOf: [{$ref: '#/components/schemas/Named'}, {type: object, properties: {tag: {type: string}}}]}";
        const string named = "Named: {type: object, properties: {name: {type: string}}}";

        var gained = Diff(InResponse(flat, named), InResponse(derived, named));
        Assert.DoesNotContain(gained.Changes, c => c.Symbols.Contains("Pet.Name"));
        Assert.False(gained.Fails(FailOn.Breaking));

        var lost = Diff(InResponse(derived, named), InResponse(flat, named));
        Assert.DoesNotContain(lost.Changes, c => c.Symbols.Contains("Pet.Name"));
        var baseLost = Assert.Single(lost.Changes, c => c.Rule == CSharpRules.TypeKindChanged);
        Assert.Equal("no longer derives from Named", baseLost.Effect);
    }
}
