using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests.Client;

/// <summary>Parameter names that clash with each other, with keywords, or with the method's own locals still compile.</summary>
public sealed class ArgumentNameTests
{
    [Fact]
    public void ClashingParameterNamesAreRenamedDeterministically()
    {
        const string yaml = """
            openapi: 3.0.3
            info: {title: x, version: '1'}
            servers: [{url: 'https://x.example'}]
            paths:
              /things/{request}:
                post:
                  operationId: do_thing
                  parameters:
                    - {name: request, in: path, required: true, schema: {type: string}}
                    - {name: response, in: query, schema: {type: string}}
                    - {name: cancellationToken, in: query, schema: {type: string}}
                    - {name: key, in: header, schema: {type: string}}
                    - {name: event, in: query, schema: {type: string}}
                    - {name: body, in: query, schema: {type: integer}}
                    - {name: outcome_names, in: query, schema: {type: string}}
                    - {name: "outcome_names[]", in: query, schema: {type: array, items: {type: string}}}
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            idempotency_key: {type: string, x-idempotency-key: true}
                  responses:
                    "200": {description: ok}
              /things:
                get:
                  operationId: do_thing
                  responses:
                    "200": {description: duplicate operationId}
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.Yaml(yaml));
        run.AssertCompiles();
        var source = run.Source("Test.Api.TestClient.Operations.g.cs");
        Assert.Contains("DoThingAsync(string request2, global::Test.Api.DoThingRequest body2, string? response2 = null, string? cancellationToken2 = null, string? key2 = null, string? @event = null, long? body = null, string? outcomeNames = null, global::System.Collections.Generic.List<string>? outcomeNames2 = null,", source.Replace("\n", " "));
        Assert.Contains("DoThing2Async(", source);
    }
}
