using System.Text.RegularExpressions;
using OpenApiCodegen.Operations;

namespace OpenApiCodegen.ContractTesting.Profiles;

/// <summary>
/// What the contract suite needs to know about one API beyond its spec: the generated client's operation catalog,
/// and the few things a spec cannot say (account identifiers recordings hide behind placeholders, key formats to
/// redact, where a live run finds its keys). Everything else comes from the spec and the catalog, so a profile for
/// a new API is a catalog and nothing more.
/// </summary>
public sealed record ContractProfile(IOperationCatalog Catalog)
{
    /// <summary>Account-specific values recordings carry as placeholders (an app id, an organization id).</summary>
    public IReadOnlyList<IdentifierPlaceholder> Identifiers { get; init; } = [];

    /// <summary>Key formats the redactor and the secret scan look for in free text, beyond the generic ones.</summary>
    public IReadOnlyList<Regex> SecretPatterns { get; init; } = [];

    /// <summary>List operations whose answers teach a live run the ids of things the account really has.</summary>
    public IReadOnlyList<IdentifierSource> IdentifierSources { get; init; } = [];

    /// <summary>
    /// Prefix of the environment variables a live run reads: a scheme's credential is read from
    /// <c>{prefix}{SCHEME}</c> (see <see cref="CredentialVariable"/>). Empty by default.
    /// </summary>
    public string EnvironmentPrefix { get; init; } = "";

    /// <summary>Where a live run goes when no base URL is given; null means the spec's first server.</summary>
    public Uri? DefaultBaseAddress { get; init; }

    /// <summary>The headers, query parameters and cookies the spec's API key schemes send a key in: always secret.</summary>
    public IEnumerable<string> CredentialNames => Catalog.SecuritySchemes.Where(s => s.ParameterName is not null).Select(s => s.ParameterName!);

    /// <summary>A redactor for this API: its key formats and credential names, and <paramref name="knownSecrets"/> (real value to placeholder).</summary>
    public Recorder.Redactor Redactor(IReadOnlyDictionary<string, string>? knownSecrets = null) => new(knownSecrets, SecretPatterns, CredentialNames);

    /// <summary>The spec's security scheme names.</summary>
    public IEnumerable<string> SchemeNames => Catalog.SecuritySchemes.Select(s => s.Name);

    /// <summary>
    /// What recordings hold instead of the credential of <paramref name="scheme"/>: <c>REDACTED_</c> and the scheme name
    /// upper-cased, anything but letters and digits as <c>_</c> (<c>rest_api_key</c> becomes <c>REDACTED_REST_API_KEY</c>).
    /// </summary>
    public static string CredentialPlaceholder(string scheme) => "REDACTED_" + EnvironmentName(scheme);

    /// <summary>The environment variable a live run reads the credential of <paramref name="scheme"/> from.</summary>
    public string CredentialVariable(string scheme) => EnvironmentPrefix + EnvironmentName(scheme);

    /// <summary>The variable an identifier's real value is read from.</summary>
    public string IdentifierVariable(IdentifierPlaceholder identifier) => EnvironmentPrefix + EnvironmentName(identifier.Parameter);

    /// <summary><c>rest_api_key</c>, <c>api-key</c> and <c>apiKey</c> become <c>REST_API_KEY</c>, <c>API_KEY</c> and <c>APIKEY</c>.</summary>
    public static string EnvironmentName(string name)
        => new(name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_').ToArray());
}

/// <summary>
/// An account-specific value: recordings carry <paramref name="Placeholder"/> wherever the real value would be (in
/// the path parameter <paramref name="Parameter"/>, the query, bodies); live runs read the real value from the
/// environment. A live run skips operations whose path needs an identifier that is not <paramref name="Required"/> and not set.
/// </summary>
public sealed record IdentifierPlaceholder(string Parameter, string Placeholder, bool Required);

/// <summary>
/// A list operation whose answer holds, in the array <paramref name="ArrayProperty"/>, items whose
/// <paramref name="IdProperty"/> is a value for the path parameter <paramref name="Parameter"/>.
/// </summary>
public sealed record IdentifierSource(string OperationId, string ArrayProperty, string IdProperty, string Parameter);
