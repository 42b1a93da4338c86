using OneSignal.ContractTests.Replay;

namespace OneSignal.ContractTests.Live;

/// <summary>The real account a live run talks to, read from environment variables.</summary>
public sealed record LiveEnvironment(Uri BaseAddress, string RestApiKey, string? OrganizationApiKey, string AppId, string? OrganizationId)
{
    public const string RestApiKeyVariable = "ONESIGNAL_REST_API_KEY";
    public const string OrganizationApiKeyVariable = "ONESIGNAL_ORGANIZATION_API_KEY";
    public const string AppIdVariable = "ONESIGNAL_APP_ID";
    public const string OrganizationIdVariable = "ONESIGNAL_ORGANIZATION_ID";
    public static readonly Uri DefaultBaseAddress = new("https://api.onesignal.com");

    /// <exception cref="LiveConfigurationException">A required variable is missing or the base URL is not absolute.</exception>
    public static LiveEnvironment FromEnvironment(string? baseUrl, Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var restKey = Required(read, RestApiKeyVariable);
        var appId = Required(read, AppIdVariable);
        if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            throw new LiveConfigurationException($"--base-url '{baseUrl}' is not an absolute URL");
        }

        return new LiveEnvironment(baseUrl is null ? DefaultBaseAddress : new Uri(baseUrl), restKey, Optional(read, OrganizationApiKeyVariable), appId, Optional(read, OrganizationIdVariable));
    }

    /// <summary>The real keys; an absent organization key becomes a value no server accepts, and operations needing it are skipped.</summary>
    public Credentials Credentials => new(RestApiKey, OrganizationApiKey ?? "");

    /// <summary>Real value to placeholder, for the redactor: nothing account-specific reaches a recording.</summary>
    public IReadOnlyDictionary<string, string> Secrets()
    {
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RestApiKey] = Credentials.Placeholders.RestApiKey,
            [AppId] = Recordings.Placeholders.AppId,
        };
        if (OrganizationApiKey is { Length: > 0 } organizationKey)
        {
            secrets[organizationKey] = Credentials.Placeholders.OrganizationApiKey;
        }

        if (OrganizationId is { Length: > 0 } organizationId)
        {
            secrets[organizationId] = Recordings.Placeholders.OrganizationId;
        }

        return secrets;
    }

    private static string Required(Func<string, string?> read, string name)
        => read(name) is { Length: > 0 } value ? value : throw new LiveConfigurationException(
            $"{name} is not set; live runs (verify --live, record) read the account from environment variables: "
            + $"{RestApiKeyVariable} and {AppIdVariable} are required; "
            + $"{OrganizationApiKeyVariable} and {OrganizationIdVariable} are optional, for the organization operations");

    private static string? Optional(Func<string, string?> read, string name) => read(name) is { Length: > 0 } value ? value : null;
}
