using OpenApiCodegen.SpecDiff.Tests.Infrastructure;
using static OpenApiCodegen.SpecDiff.Tests.Infrastructure.Specs;

namespace OpenApiCodegen.SpecDiff.Tests.Comparison;

public sealed class OperationTests
{
    private static string Users(string operationId, string path = "/users/{id}", string method = "get", string tags = "") => Document(
        $$$"""
        {{{path}}}:
          {{{method}}}:
            operationId: {{{operationId}}}
            {{{tags}}}
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            responses: {'204': {description: done}}
        """);

    [Fact]
    public void A_renamed_operation_is_one_change_named_like_a_compiler_would()
    {
        var result = Diff(Users("fetch_user", tags: "tags: [users]"), Users("get_user", tags: "tags: [users]"));

        var change = Assert.Single(result.Changes);
        Assert.Equal("operation-renamed", change.RuleId);
        Assert.StartsWith("Users.FetchUserAsync removed (operation fetch_user renamed to get_user", change.Message);
        Assert.StartsWith("operation fetch_user renamed to get_user at GET", change.Detail); // spec terms only: the C# view names methods
        Assert.Equal("#/paths/~1users~1{id}/get/operationId", change.Old!.Pointer);
        Assert.Equal(6, change.New!.Line); // line numbers come from the spec text: the operationId line
    }

    [Fact]
    public void The_same_operation_id_at_another_path_is_a_move()
    {
        var result = Diff(Users("get_user"), Users("get_user", path: "/people/{id}"));

        var change = Assert.Single(result.Changes);
        Assert.Equal("path-moved", change.RuleId);
        Assert.Equal(["Client.GetUserAsync"], change.Symbols);
        Assert.Contains("from GET /users/{id} to GET /people/{id}", change.Detail);
    }

    [Fact]
    public void A_new_name_for_a_path_parameter_is_not_a_move()
    {
        var old = Users("get_user");
        var renamed = old.Replace("{id}", "{user_id}", StringComparison.Ordinal).Replace("name: id", "name: user_id", StringComparison.Ordinal);

        var result = Diff(old, renamed);

        ChangeAssertions.None(result, "path-moved");
        ChangeAssertions.Single(result, "parameter-removed");
        ChangeAssertions.Single(result, "parameter-added-required");
    }

    [Fact]
    public void Operation_ids_are_matched_before_paths_so_a_swap_pairs_the_right_operations()
    {
        var old = Document(
            """
            /a:
              get: {operationId: first, responses: {'204': {description: done}}}
            /b:
              get: {operationId: second, responses: {'204': {description: done}}}
            """);
        var swapped = Document(
            """
            /a:
              get: {operationId: second, responses: {'204': {description: done}}}
            /b:
              get: {operationId: first, responses: {'204': {description: done}}}
            """);

        var result = Diff(old, swapped);

        Assert.Equal(["path-moved", "path-moved"], ChangeAssertions.RuleIds(result));
    }

    [Fact]
    public void Without_tags_or_operation_ids_the_generator_names_the_method_from_method_and_path()
    {
        var old = Document("/pets/{id}:\n  delete: {parameters: [{name: id, in: path, required: true, schema: {type: string}}], responses: {'204': {description: done}}}");

        var change = Assert.Single(Diff(old, Document(string.Empty)).Changes);

        Assert.Equal("Client.DeletePetsByIdAsync removed (operation DELETE /pets/{id} (DELETE /pets/{id}) removed)", change.Message);
    }

    [Fact]
    public void Path_level_parameters_belong_to_every_operation_of_the_path()
    {
        var old = Document(
            """
            /pets:
              parameters: [{name: tenant, in: header, required: true, schema: {type: string}}]
              get: {operationId: list_pets, responses: {'204': {description: done}}}
            """);
        var current = Document(
            """
            /pets:
              get: {operationId: list_pets, responses: {'204': {description: done}}}
            """);

        var change = ChangeAssertions.Single(Diff(old, current), "parameter-removed");

        Assert.Equal(["Client.ListPetsAsync: parameter tenant"], change.Symbols);
        Assert.Equal("#/paths/~1pets/parameters/0", change.Old!.Pointer);
    }

    [Fact]
    public void A_parameter_moved_to_another_location_is_one_change()
    {
        var query = WithParameter("{type: string}");
        var header = query.Replace("in: query", "in: header", StringComparison.Ordinal);

        var change = Assert.Single(Diff(query, header).Changes);

        Assert.Equal("parameter-location-changed", change.RuleId);
        Assert.Equal("Client.ListPetsAsync: parameter kind moves from query to header (list_pets: parameter kind moved from query to header)", change.Message);
    }

    [Fact]
    public void A_response_body_switching_component_is_a_type_change_of_the_method_result()
    {
        const string animal = "Animal: {type: object, properties: {name: {type: string}}}";
        var old = InResponse("{type: object, properties: {name: {type: string}}}", animal);
        var current = old.Replace("schema: {$ref: '#/components/schemas/Pet'}", "schema: {$ref: '#/components/schemas/Animal'}", StringComparison.Ordinal);

        var change = Assert.Single(Diff(old, current).Changes);

        Assert.Equal("response-type-changed", change.RuleId);
        Assert.Equal(["Client.GetPetAsync: response 200"], change.Symbols);
        Assert.Equal("type changes from Pet to Animal", change.Effect); // Animal existed already: not a rename
    }
}
