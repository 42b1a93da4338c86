using Microsoft.OpenApi;
using OpenApiCodegen.Naming;
using OpenApiCodegen.Parse;
using OpenApiCodegen.Parse.Client;

namespace OpenApiCodegen.SpecDiff.Naming;

/// <summary>
/// The names the generator gives to what a spec declares, so that a change reads as the C# symbol
/// it affects. The only place the diff knows the generator's naming; it calls the generator's own
/// naming code (Identifiers, ClientNaming, ClientBuilder) rather than repeating it.
/// </summary>
internal static class CSharpNames
{
    /// <summary>The group class of operations without tags.</summary>
    public const string DefaultGroup = "Client";

    /// <summary>Component schema <c>foo_bar</c> gives type <c>FooBar</c>.</summary>
    public static string Type(string schemaName) => Identifiers.ToPascalCase(schemaName);

    /// <summary>Property <c>ios_badgeType</c> gives <c>IosBadgeType</c>.</summary>
    public static string Property(string jsonName) => Identifiers.ToPascalCase(jsonName);

    /// <summary>An enum value's static member: <c>"!="</c> gives <c>NotEqual</c>.</summary>
    public static string EnumMember(string value) => Identifiers.ToPascalCase(value);

    /// <summary>A method parameter: <c>app_id</c> gives <c>appId</c>.</summary>
    public static string Parameter(string name) => Identifiers.ToCamelCase(name);

    /// <summary>The group property on the client: the PascalCase first tag, or <c>Client</c> for untagged operations (on the root client).</summary>
    public static string Group(OpenApiOperation operation)
    {
        var firstTag = ClientNaming.FirstTag(operation);
        return firstTag is null ? DefaultGroup : Identifiers.ToPascalCase(firstTag);
    }

    /// <summary>The operation's base name, as the generator derives it: the operationId, or method and path.</summary>
    public static string OperationName(OpenApiOperation operation, string method, string path)
        => ClientBuilder.OperationName(operation, method, path);

    /// <summary><c>{Group}.{OperationName}Async</c>, e.g. <c>Users.FetchUserAsync</c>.</summary>
    public static string Method(OpenApiOperation operation, string method, string path)
        => Group(operation) + "." + OperationName(operation, method, path) + "Async";

    /// <summary>The type of an inline request body: <c>CreateNotificationRequest</c>.</summary>
    public static string RequestBodyType(string operationName) => Identifiers.ToPascalCase(operationName + "_request");

    /// <summary>
    /// The type of an inline response body: <c>{Op}Response</c>, <c>{Op}201Response</c> when the
    /// operation has several 2xx answers, <c>{Op}404Error</c> for errors.
    /// </summary>
    public static string ResponseBodyType(string operationName, string status, int successCount)
    {
        var suffix = IsSuccess(status)
            ? (successCount > 1 ? "_" + status + "_response" : "_response")
            : "_" + status + "_error";
        return Identifiers.ToPascalCase(operationName + suffix);
    }

    /// <summary>The type of an inline parameter schema (an enum, say): <c>{Op}{Parameter}</c>.</summary>
    public static string ParameterType(string operationName, string parameterName) => Identifiers.ToPascalCase(operationName + "_" + parameterName);

    /// <summary>The type of an inline schema under a property: <c>{Owner}{Property}</c>.</summary>
    public static string NestedType(string ownerType, string propertyName) => Identifiers.ToPascalCase(ownerType + "_" + propertyName);

    /// <summary>The credential a client is configured with for a security scheme.</summary>
    public static string Credential(string schemeName) => Identifiers.ToPascalCase(schemeName);

    public static bool IsSuccess(string status) => status.Length == 3 && status[0] == '2';
}
