using OpenApiCodegen.Naming;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>
/// Every name the generated code declares for itself, and every name likely to meet one, used by a spec in every
/// role a name can play: schema, property, parameter of every location, operation id, tag, enum value, security
/// scheme, response header and union candidate. Each spec must generate without error and compile without warnings:
/// names are claimed in their type's scope, never concatenated into a collision.
/// </summary>
public sealed class HostileNameTests
{
    /// <summary>Names that meet generated code without being in the catalogue: keywords, framework types, our own types.</summary>
    private static readonly string[] Others =
    [
        "class", "event", "namespace", "global", "await", "var", "value", "nameof", "when", "yield", "dynamic", "null", "default",
        "Type", "System", "Microsoft", "OpenApiCodegen", "Runtime", "Task", "JsonElement", "Exception", "Attribute", "Object", "String",
        "T", "TResult", "TError", "TestClient", "ITestClient", "TestClientOptions", "TestApiException", "TestApiResponse", "TestFile",
        "TestClientJsonContext", "TestClientServiceCollectionExtensions", "TestClient_Responses", "TestClient_Credentials",
        "HolderJsonConverter", "KindJsonConverter", "ItemsClient", "IItemsClient", "Is", "TryGet", "Unmatched", "candidate", "json",
        "derived", "pair", "address", "timeout", "Content", "FileName", "ContentType", "RawBody", "OperationId", "Error", "Ok",
        "Created", "Status201", "Name_Value", "Read_Value", "_value", "_core", "123", "9lives", "_", "$", "@", "ß", "日本", "a b",
        "a.b", "a/b", "Ab", "AB", "value_with_response", "x-idempotency-key", "TokenProvider", "UserName", "Password",
        "TestClientOperations", "Instance", "Returned", "CreateClient", "SecuritySchemes", "Operations", "Title", "client", "operation",
        "request", "call", "exception", "credentials", "credential", "options", "colon", "token", "ApiArgument",
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in FixedNames.All().Concat(Others).Distinct(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ANameInEveryRoleCompiles(string name)
    {
        // With the operation catalog, whose invokers call every method by its parameters' names.
        var run = GeneratorHarness.RunWithCatalog(GeneratorHarness.Yaml(Spec(name), "hostile"));
        run.AssertCompiles();
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "OAC007");
        Assert.Contains(run.Sources.Keys, k => k.EndsWith("Operations.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("basic")]
    [InlineData("bearer")]
    [InlineData("oauth2")]
    public void SchemeNamesOfEveryKindCompileBesideTheOptionsOwnMembers(string kind)
    {
        // Each scheme is named after an options member, or after what its credential properties would be called.
        var names = FixedNames.Options.Reserved.Concat(["MaxRetriesUserName", "Basic", "BasicUserName", "BasicTokenProvider", "Key"]);
        var schemes = string.Join("\n", names.Select(n => $"    '{n}': {SchemeOf(kind)}"));
        var security = "[{" + string.Join(", ", names.Select(n => $"'{n}': []")) + "}]";
        var yaml = $$$"""
            openapi: 3.0.3
            info: {title: Schemes, version: '1'}
            security: {{{security}}}
            paths:
              /ping:
                get:
                  operationId: ping
                  responses: {'204': {description: none}}
            components:
              securitySchemes:
            {{{schemes}}}
            """;
        GeneratorHarness.Run(GeneratorHarness.Yaml(yaml, "schemes")).AssertCompiles();
    }

    private static string SchemeOf(string kind) => kind switch
    {
        "basic" => "{type: http, scheme: basic}",
        "bearer" => "{type: http, scheme: bearer}",
        _ => "{type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://example.com/token', scopes: {}}}}",
    };

    /// <summary>A spec that uses <paramref name="name"/> wherever a spec can put a name.</summary>
    private static string Spec(string name)
    {
        var quoted = name.Replace("'", "''");
        var n = "'" + quoted + "'";
        var pointer = name.Replace("~", "~0").Replace("/", "~1");
        var path = "'/things/{" + quoted + "}'";
        var security = "[{" + n + ": []}]";
        var withResponse = "'" + quoted + "_with_response'";
        var upload = "'" + quoted + "Upload'";
        return $$$"""
            openapi: 3.0.3
            info: {title: Hostile, version: '1'}
            tags:
              - name: {{{n}}}
              - name: items
            paths:
              {{{path}}}:
                get:
                  operationId: {{{n}}}
                  tags: [{{{n}}}]
                  security: {{{security}}}
                  parameters:
                    - {name: {{{n}}}, in: path, required: true, schema: {type: string}}
                    - {name: {{{n}}}, in: query, schema: {$ref: '#/components/schemas/Kind'}}
                    - {name: {{{n}}}, in: header, schema: {type: integer}}
                    - {name: {{{n}}}, in: cookie, schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      headers:
                        {{{n}}}: {schema: {type: string}}
                      content:
                        application/json: {schema: {$ref: '#/components/schemas/{{{pointer}}}'}}
                    '201':
                      description: created
                      content:
                        application/json: {schema: {$ref: '#/components/schemas/Choice'}}
                post:
                  operationId: {{{withResponse}}}
                  tags: [{{{n}}}]
                  requestBody:
                    required: true
                    content:
                      application/json: {schema: {$ref: '#/components/schemas/{{{pointer}}}'}}
                  responses: {'204': {description: none}}
              /upload:
                post:
                  operationId: {{{upload}}}
                  tags: [items]
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            {{{n}}}: {type: string, format: binary}
                            other: {}
                  responses: {'204': {description: none}}
              /untagged:
                get:
                  operationId: {{{n}}}
                  responses: {'204': {description: none}}
            components:
              securitySchemes:
                {{{n}}}: {type: apiKey, in: header, name: X-Api-Key}
              schemas:
                {{{n}}}:
                  type: object
                  required: [{{{n}}}]
                  properties:
                    {{{n}}}: {type: string}
                    kind: {$ref: '#/components/schemas/Kind'}
                  additionalProperties: {type: integer}
                Holder:
                  type: object
                  properties:
                    {{{n}}}: {type: array, items: {type: string}}
                    map: {type: object, additionalProperties: {$ref: '#/components/schemas/{{{pointer}}}'}}
                    additionalProperties: {type: string}
                Kind:
                  type: string
                  enum: [{{{n}}}, other]
                Choice:
                  oneOf:
                    - $ref: '#/components/schemas/{{{pointer}}}'
                    - $ref: '#/components/schemas/Holder'
                    - type: string
                    - {}
                Base:
                  type: object
                  required: [{{{n}}}]
                  properties:
                    {{{n}}}: {type: string}
                  discriminator:
                    propertyName: {{{n}}}
                Derived:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - type: object
                      properties:
                        extra: {type: string}
            """;
    }
}
