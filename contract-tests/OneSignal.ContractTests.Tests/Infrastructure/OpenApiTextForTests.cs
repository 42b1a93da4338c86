namespace OneSignal.ContractTests.Tests.Infrastructure;

/// <summary>The spec as OpenAPI JSON, so a test can change one operation and load the result.</summary>
internal static class OpenApiTextForTests
{
    public static string Json(string specPath) => OpenApiCodegen.ContractTesting.Spec.OpenApiText.Read(specPath).ToJsonString();
}
