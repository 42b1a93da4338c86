using OpenApiCodegen.SpecDiff.Loading;
using OpenApiCodegen.SpecDiff.Model;

namespace OpenApiCodegen.SpecDiff.Tests.Infrastructure;

/// <summary>Small inline specs, and diffing them.</summary>
internal static class Specs
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    /// <summary>Compares two spec texts (named old.yaml and new.yaml in the result).</summary>
    public static DiffResult Diff(string oldSpec, string newSpec) =>
        SpecDiffer.Compare(SpecLoader.Parse("old.yaml", oldSpec), SpecLoader.Parse("new.yaml", newSpec));

    /// <summary>
    /// A document from YAML fragments: <paramref name="paths"/> and <paramref name="components"/>
    /// are indented by two spaces under their keys; <paramref name="top"/> is written at the top level.
    /// </summary>
    public static string Document(string paths, string components = "", string top = "")
    {
        var text = Header + top;
        text += "paths:\n" + (paths.Length == 0 ? "  {}\n" : Indent(paths));
        if (components.Length > 0)
        {
            text += "components:\n" + Indent(components);
        }

        return text;
    }

    /// <summary>A spec whose only use of component <c>Pet</c> (or <paramref name="name"/>) is the request body of <c>POST /pets</c>.</summary>
    public static string InRequest(string petSchema, string otherSchemas = "", string name = "Pet") => Document(
        $$"""
        /pets:
          post:
            operationId: create_pet
            requestBody:
              required: true
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/{{name}}'}
            responses:
              '204': {description: created}
        """,
        "schemas:\n  " + name + ": " + petSchema + "\n" + Indent(otherSchemas));

    /// <summary>A spec whose only use of component <c>Pet</c> is the 200 response of <c>GET /pets/{id}</c>.</summary>
    public static string InResponse(string petSchema, string otherSchemas = "") => Document(
        """
        /pets/{id}:
          get:
            operationId: get_pet
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses:
              '200':
                description: the pet
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
        """,
        "schemas:\n  Pet: " + petSchema + "\n" + Indent(otherSchemas));

    /// <summary>A spec where component <c>Pet</c> is both sent (POST /pets) and read (GET /pets/{id}).</summary>
    public static string InBoth(string petSchema) => Document(
        """
        /pets:
          post:
            operationId: create_pet
            requestBody:
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Pet'}
            responses:
              '204': {description: created}
        /pets/{id}:
          get:
            operationId: get_pet
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses:
              '200':
                description: the pet
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
        """,
        "schemas:\n  Pet: " + petSchema + "\n");

    /// <summary>A spec with component <c>Pet</c> that no operation uses.</summary>
    public static string Unused(string petSchema) => Document(string.Empty, "schemas:\n  Pet: " + petSchema + "\n");

    /// <summary><c>GET /pets</c> with one query parameter <c>kind</c> of the given schema.</summary>
    public static string WithParameter(string parameterSchema, bool required = false) => Document(
        $$"""
        /pets:
          get:
            operationId: list_pets
            parameters:
              - {name: kind, in: query, required: {{(required ? "true" : "false")}}, schema: {{parameterSchema}}}
            responses:
              '204': {description: listed}
        """);

    private static string Indent(string yaml) =>
        string.Concat(yaml.Split('\n').Where(line => line.Length > 0).Select(line => "  " + line + "\n"));
}
