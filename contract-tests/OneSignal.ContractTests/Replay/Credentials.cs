namespace OneSignal.ContractTests.Replay;

/// <summary>
/// The keys the client is configured with, by security scheme name. Replays use the placeholders the
/// recordings carry; live runs use the real keys from the environment.
/// </summary>
public sealed record Credentials(string RestApiKey, string OrganizationApiKey)
{
    /// <summary>What recordings hold instead of the keys (see contract-tests/recordings/README.md).</summary>
    public static Credentials Placeholders { get; } = new("REDACTED_REST_API_KEY", "REDACTED_ORGANIZATION_API_KEY");

    public string? ForScheme(string scheme) => scheme switch
    {
        "rest_api_key" => RestApiKey,
        "organization_api_key" => OrganizationApiKey,
        _ => null,
    };

    public OneSignalClientOptions Options(Uri baseAddress) => new()
    {
        BaseAddress = baseAddress,
        RestApiKey = RestApiKey,
        OrganizationApiKey = OrganizationApiKey,
        // One attempt per case: a retry would hide a 429 or 5xx recording and wait for its Retry-After.
        MaxRetries = 0,
        Timeout = TimeSpan.FromSeconds(60),
    };
}
