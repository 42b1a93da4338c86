using OpenApiCodegen.SpecDiff.Tests.Infrastructure;
using static OpenApiCodegen.SpecDiff.Tests.Infrastructure.Specs;

namespace OpenApiCodegen.SpecDiff.Tests.Comparison;

public sealed class SchemaRenameTests
{
    [Fact]
    public void A_schema_every_use_moved_to_is_a_rename_and_its_contents_are_still_compared()
    {
        var result = Diff(
            InRequest("{type: object, properties: {name: {type: string}}}"),
            InRequest("{type: object, properties: {name: {type: string}, age: {type: integer}}}", name: "Animal"));

        Assert.Equal(["request-property-added", "schema-renamed"], ChangeAssertions.RuleIds(result));
        Assert.Equal("Pet renamed to Animal (schema Pet renamed to Animal)", ChangeAssertions.Single(result, "schema-renamed").Message);
        Assert.Equal(["Animal.Age"], ChangeAssertions.Single(result, "request-property-added").Symbols);
    }

    [Fact]
    public void A_schema_split_between_two_new_ones_is_no_rename()
    {
        var old = Document(
            """
            /a:
              get: {operationId: a, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Result'}}}}}}
            /b:
              get: {operationId: b, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Result'}}}}}}
            """,
            "schemas:\n  Result: {type: object}\n");
        var current = Document(
            """
            /a:
              get: {operationId: a, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/ResultA'}}}}}}
            /b:
              get: {operationId: b, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/ResultB'}}}}}}
            """,
            "schemas:\n  ResultA: {type: object}\n  ResultB: {type: object}\n");

        var result = Diff(old, current);

        ChangeAssertions.None(result, "schema-renamed");
        Assert.Equal(["response-type-changed", "response-type-changed", "schema-added", "schema-added", "schema-removed"], ChangeAssertions.RuleIds(result));
    }
}
