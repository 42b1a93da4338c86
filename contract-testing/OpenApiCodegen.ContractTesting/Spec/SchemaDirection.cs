namespace OpenApiCodegen.ContractTesting.Spec;

/// <summary>
/// Which way a body travels. OpenAPI's <c>readOnly</c> properties are never required in a request and its
/// <c>writeOnly</c> ones never in a response, so each direction gets its own JSON Schema.
/// </summary>
public enum SchemaDirection
{
    Request,
    Response,
}
