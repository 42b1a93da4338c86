using System.Text.RegularExpressions;

namespace OpenApiCodegen.ContractTesting.Recorder;

/// <summary>
/// What counts as a secret in a recording, and what counts as a harmless placeholder. Placeholders are
/// recognised so that redacting twice changes nothing and a redacted file passes the secret scan.
/// </summary>
public static partial class SecretPatterns
{
    /// <summary>Reserved example domains (RFC 2606); addresses there are never real.</summary>
    private static readonly string[] SafeEmailDomains = ["example.com", "example.org", "example.net"];

    private static readonly HashSet<string> NotSecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "idempotency_key", "concurrency_key", "token_id", "token_type", "apns_key_id", "key",
    };

    /// <summary>JSON properties, query parameters, path parameters and headers whose value is a credential or a device token.</summary>
    public static bool IsSecretName(string name)
        => !NotSecretNames.Contains(name) && SecretName().IsMatch(name);

    public static bool IsSafeEmail(string email)
    {
        var domain = email[(email.LastIndexOf('@') + 1)..].ToLowerInvariant();
        return SafeEmailDomains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal))
               || domain.EndsWith(".invalid", StringComparison.Ordinal) || domain.EndsWith(".test", StringComparison.Ordinal) || domain.EndsWith(".example", StringComparison.Ordinal);
    }

    /// <summary>The 555-01xx numbers North America reserves for fiction, and our placeholders.</summary>
    public static bool IsSafePhone(string phone) => FictionalPhone().IsMatch(phone);

    public static bool IsPlaceholder(string value)
        => value.StartsWith("REDACTED", StringComparison.Ordinal) || value.StartsWith("redacted-", StringComparison.Ordinal);

    [GeneratedRegex(@"(^|_)(tokens?|secret|password|p8|p12|auth|service_account_json)$|_key$|^api_?key$|^authorization$|^x-api-key$|^cookie$|^set-cookie$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"^\+1\d{3}55501\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex FictionalPhone();

    /// <summary>
    /// An email address: a domain whose labels start with a letter or digit and whose last label is letters only, and not a
    /// file extension (<c>icon-16x16@2.png</c> and <c>logo@2x.webp</c> are image names, not addresses).
    /// </summary>
    [GeneratedRegex(@"(?<![\w.%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?!(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|css|js|mjs|json|html?|xml|pdf|txt|csv|mp[34]|wav|webm|woff2?|ttf)\b)[A-Za-z]{2,}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Email();

    /// <summary>An E.164 number standing alone (not part of a longer number or word).</summary>
    [GeneratedRegex(@"(?<![\w+])\+[1-9]\d{7,14}(?!\d)", RegexOptions.CultureInvariant)]
    public static partial Regex Phone();
}
