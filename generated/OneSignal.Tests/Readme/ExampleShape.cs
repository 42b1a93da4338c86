namespace OneSignal.Tests.Readme;

/// <summary>The method a README example is the body of; the README's text names these parameters.</summary>
internal enum ExampleShape
{
    /// <summary><c>async Task Run(IOneSignalClient client, string appId)</c>: the quick-start examples.</summary>
    UsesClient,

    /// <summary><c>IOneSignalClient Run(HttpClient httpClient, string restApiKey, string organizationApiKey)</c>; the block declares <c>client</c>.</summary>
    BuildsClient,

    /// <summary><c>void Run(IServiceCollection services, string restApiKey, string organizationApiKey)</c>.</summary>
    RegistersServices,
}
