using OpenApiCodegen.Cli.Parity;
using OpenApiCodegen.SpecDiff.Loading;

namespace OpenApiCodegen.Cli.Tests;

/// <summary>Small inline specs for the parity tests; each test changes one thing from <see cref="Theirs"/>.</summary>
internal static class ParitySpecs
{
    /// <summary>Two operations; the first has a query parameter and an object answer with a nested array.</summary>
    public const string Theirs = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /items:
            get:
              operationId: list_items
              parameters:
                - {name: app_id, in: query, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/ItemList'}
          /items/{id}:
            delete:
              operationId: delete_item
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '204': {description: gone}
        components:
          schemas:
            ItemList:
              type: object
              properties:
                count: {type: integer}
                items:
                  type: array
                  items: {$ref: '#/components/schemas/Item'}
            Item:
              type: object
              required: [id]
              properties:
                id: {type: string}
                kind: {type: string, enum: [a, b]}
        """;

    public static IReadOnlyList<Difference> Compare(string ours, string theirs) =>
        ParityReport.Compare(SpecLoader.Parse("ours.yaml", ours), SpecLoader.Parse("theirs.yaml", theirs));

    public static IReadOnlyList<string> Lines(string ours, string theirs) => Compare(ours, theirs).Select(d => d.Line).ToList();
}
