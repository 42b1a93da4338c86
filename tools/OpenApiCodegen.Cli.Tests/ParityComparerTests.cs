namespace OpenApiCodegen.Cli.Tests;

public sealed class ParityComparerTests
{
    [Fact]
    public void IdenticalSpecsHaveNoDifferences()
    {
        Assert.Empty(ParitySpecs.Lines(ParitySpecs.Theirs, ParitySpecs.Theirs));
    }

    [Fact]
    public void MissingOperationIsReported()
    {
        var ours = Remove(ParitySpecs.Theirs, """
              /items/{id}:
                delete:
                  operationId: delete_item
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '204': {description: gone}
            """);

        Assert.Equal(["operation delete_item: missing in ours"], ParitySpecs.Lines(ours, ParitySpecs.Theirs));
    }

    [Fact]
    public void ChangedPropertyTypeIsReportedAtItsJsonPath()
    {
        var ours = ParitySpecs.Theirs.Replace("count: {type: integer}", "count: {type: string}", StringComparison.Ordinal);

        Assert.Equal(
            ["property list_items 200 $.count: type differs: ours string, theirs integer"],
            ParitySpecs.Lines(ours, ParitySpecs.Theirs));
    }

    [Fact]
    public void NestedRequiredAndEnumChangesAreReportedInsideArrays()
    {
        var ours = ParitySpecs.Theirs
            .Replace("required: [id]", "required: []", StringComparison.Ordinal)
            .Replace("enum: [a, b]", "enum: [a, b, c]", StringComparison.Ordinal);

        Assert.Equal(
            [
                "property list_items 200 $.items[].id: required differs: ours false, theirs true",
                "property list_items 200 $.items[].kind: enum differs: ours [a, b, c], theirs [a, b]",
            ],
            ParitySpecs.Lines(ours, ParitySpecs.Theirs));
    }

    [Fact]
    public void ParameterMovedFromQueryToPathIsMissingAndExtra()
    {
        var ours = ParitySpecs.Theirs.Replace("{name: app_id, in: query, required: true", "{name: app_id, in: header, required: true", StringComparison.Ordinal);

        Assert.Equal(
            ["parameter list_items query app_id: missing in ours", "parameter list_items header app_id: extra in ours"],
            ParitySpecs.Lines(ours, ParitySpecs.Theirs));
    }

    [Fact]
    public void AllOfPartsCompareLikeTheFlatSchema()
    {
        // Same JSON, built from a shared base: parity compares what the JSON may hold, not how the schema is written.
        var ours = ParitySpecs.Theirs.Replace("""
                Item:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string}
                    kind: {type: string, enum: [a, b]}
            """, """
                Item:
                  allOf:
                    - $ref: '#/components/schemas/ItemBase'
                    - type: object
                      properties:
                        kind: {type: string, enum: [a, b]}
                  required: [id]
                ItemBase:
                  type: object
                  properties:
                    id: {type: string}
            """, StringComparison.Ordinal);

        Assert.Equal(["schema ItemBase: extra in ours"], ParitySpecs.Lines(ours, ParitySpecs.Theirs));
    }

    [Fact]
    public void OneOfJoinsTheCandidateTypes()
    {
        var ours = ParitySpecs.Theirs.Replace("count: {type: integer}", "count: {oneOf: [{type: integer}, {type: string}]}", StringComparison.Ordinal);

        Assert.Equal(
            ["property list_items 200 $.count: type differs: ours integer|string, theirs integer"],
            ParitySpecs.Lines(ours, ParitySpecs.Theirs));
    }

    [Fact]
    public void RecursiveSchemasTerminateAndReportOnce()
    {
        // Item.children holds Items: the walk must stop where the schema points back at itself.
        const string kind = "kind: {type: string, enum: [a, b]}";
        var recursive = ParitySpecs.Theirs.Replace(
            kind,
            kind + "\n        children:\n          type: array\n          items: {$ref: '#/components/schemas/Item'}",
            StringComparison.Ordinal);
        var changedEnum = recursive.Replace("enum: [a, b]", "enum: [a]", StringComparison.Ordinal);

        Assert.Empty(ParitySpecs.Lines(recursive, recursive));
        Assert.Equal(["property list_items 200 $.items[].children: extra in ours"], ParitySpecs.Lines(recursive, ParitySpecs.Theirs));
        Assert.Equal(
            ["property list_items 200 $.items[].kind: enum differs: ours [a], theirs [a, b]"],
            ParitySpecs.Lines(changedEnum, recursive));
    }

    private static string Remove(string text, string part)
    {
        Assert.Contains(part, text, StringComparison.Ordinal);
        return text.Replace(part, string.Empty, StringComparison.Ordinal);
    }
}
