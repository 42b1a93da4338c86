using OpenApiCodegen.SpecDiff.Loading;
using OpenApiCodegen.SpecDiff.Tests.Infrastructure;

namespace OpenApiCodegen.SpecDiff.Tests.Loading;

public sealed class SpecLoaderTests
{
    [Fact]
    public void A_missing_file_is_named_in_the_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid(), "spec.yaml");

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadFile(path));

        Assert.Equal($"{path}: cannot read the spec: file not found", error.Message);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_file_line_and_column()
    {
        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse("bad.yaml", "openapi: 3.0.0\ninfo: {title: [x}\npaths: {}\n"));

        Assert.StartsWith("bad.yaml(2,15): invalid YAML/JSON: The '[' at line 2, column 15 is never closed", error.Message);
        Assert.Contains("invalid YAML/JSON", error.Message);
    }

    [Fact]
    public void Broken_json_is_reported_with_the_file()
    {
        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse("bad.json", "{ \"openapi\": \"3.0.0\", "));

        Assert.StartsWith("bad.json", error.Message);
        Assert.Contains("invalid YAML/JSON", error.Message);
    }

    [Theory]
    [InlineData("hello: world\n", "not an OpenAPI document: it has no 'openapi' or 'swagger' version field")]
    [InlineData("openapi: 9.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n", "not an OpenAPI 2.0, 3.0 or 3.1 document")]
    [InlineData("just text", "not an OpenAPI 2.0, 3.0 or 3.1 document")]
    [InlineData("  \n", "the file is empty")]
    public void Something_else_than_an_OpenAPI_document_says_so(string text, string expected)
    {
        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse("other.yaml", text));

        Assert.StartsWith("other.yaml", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Schemas_that_only_refer_to_each_other_in_a_loop_are_refused_by_name()
    {
        var spec = Specs.InRequest("{type: object, properties: {loop: {$ref: '#/components/schemas/A'}}}", "A: {$ref: '#/components/schemas/B'}\nB: {$ref: '#/components/schemas/A'}");

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse("loop.yaml", spec));

        Assert.Equal("loop.yaml: schemas refer to each other in a loop with no schema in it: A -> B -> A", error.Message);
    }

    [Fact]
    public void Swagger_2_documents_compare_and_locate_changes_in_their_definitions()
    {
        const string v2 = """
            swagger: '2.0'
            info: {title: t, version: '1'}
            paths:
              /pets:
                post:
                  operationId: add_pet
                  parameters:
                    - {in: body, name: body, required: true, schema: {$ref: '#/definitions/Pet'}}
                  responses: {'204': {description: done}}
            definitions:
              Pet:
                type: object
                properties:
                  name: {type: string}
                  age: {type: integer}
            """;

        var result = Specs.Diff(v2, v2.Replace("\n      age: {type: integer}", string.Empty, StringComparison.Ordinal));

        var change = ChangeAssertions.Single(result, "request-property-removed");
        Assert.Equal("#/components/schemas/Pet/properties/age", change.Old!.Pointer);
        Assert.Equal(15, change.Old.Line); // mapped back to definitions/Pet/properties/age
    }

    [Fact]
    public void The_same_spec_in_yaml_and_in_json_has_no_differences()
    {
        const string yaml = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get: {operationId: list_pets, responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {type: [string, 'null']}}}}}}}\n";
        const string json = """{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/pets": {"get": {"operationId": "list_pets", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"type": ["string", "null"]}}}}}}}}}}""";

        Assert.Empty(Specs.Diff(yaml, json).Changes);
        Assert.Equal(["operation-renamed"], ChangeAssertions.RuleIds(Specs.Diff(yaml, json.Replace("\"list_pets\"", "\"get_pets\"", StringComparison.Ordinal))));
    }
}
