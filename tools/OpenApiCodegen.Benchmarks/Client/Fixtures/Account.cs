namespace OpenApiCodegen.Benchmarks.Client.Fixtures;

/// <summary>The app and key every client in the client benchmarks uses; placeholders, as in the contract-test recordings.</summary>
internal static class Account
{
    public const string AppId = "11111111-2222-4333-8444-555555555555";

    public const string RestApiKey = "os_v2_app_benchmarkplaceholderkey";

    /// <summary>What OneSignal expects in the Authorization header: its own "Key" scheme.</summary>
    public const string Authorization = "Key " + RestApiKey;

    public static readonly Uri BaseAddress = new("https://api.onesignal.com");
}
