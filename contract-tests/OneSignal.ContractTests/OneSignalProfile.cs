using System.Text.RegularExpressions;
using OpenApiCodegen.ContractTesting.Profiles;

namespace OneSignal.ContractTests;

/// <summary>
/// What the contract suite knows about OneSignal beyond <c>spec/onesignal.yaml</c>: the generated client's
/// catalog, the account ids recordings hide behind placeholders, OneSignal's key format, the list operations a
/// live run learns real ids from, and the <c>ONESIGNAL_</c> prefix of the environment variables a live run reads
/// (<c>ONESIGNAL_REST_API_KEY</c>, <c>ONESIGNAL_ORGANIZATION_API_KEY</c>, <c>ONESIGNAL_APP_ID</c>, <c>ONESIGNAL_ORGANIZATION_ID</c>).
/// </summary>
public static partial class OneSignalProfile
{
    /// <summary>The app id in every recording's path, query and body.</summary>
    public const string AppId = "11111111-2222-4333-8444-555555555555";

    /// <summary>The organization id (list_audit_logs).</summary>
    public const string OrganizationId = "66666666-7777-4888-8999-aaaaaaaaaaaa";

    public static ContractProfile Instance { get; } = new(OneSignalClientOperations.Instance)
    {
        EnvironmentPrefix = "ONESIGNAL_",
        DefaultBaseAddress = new Uri("https://api.onesignal.com"),
        Identifiers =
        [
            new IdentifierPlaceholder("app_id", AppId, Required: true),
            new IdentifierPlaceholder("organization_id", OrganizationId, Required: false),
        ],
        SecretPatterns = [Key()],
        IdentifierSources =
        [
            new IdentifierSource("get_notifications", "notifications", "id", "notification_id"),
            new IdentifierSource("get_segments", "segments", "id", "segment_id"),
            new IdentifierSource("view_templates", "templates", "id", "template_id"),
            new IdentifierSource("view_journeys", "journeys", "id", "journey_id"),
            new IdentifierSource("view_api_keys", "tokens", "token_id", "token_id"),
        ],
    };

    /// <summary>OneSignal's v2 app and organization keys, wherever they appear.</summary>
    [GeneratedRegex(@"os_v2_(app|org)_[A-Za-z0-9]{16,}", RegexOptions.CultureInvariant)]
    private static partial Regex Key();
}
