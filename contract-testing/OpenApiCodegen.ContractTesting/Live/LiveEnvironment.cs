using OpenApiCodegen.ContractTesting.Profiles;
using OpenApiCodegen.ContractTesting.Replay;

namespace OpenApiCodegen.ContractTesting.Live;

/// <summary>
/// The real account a live run talks to: its address, a credential for each security scheme that has one set, and
/// the real value of each identifier placeholder that is set, all read from environment variables named by the profile.
/// </summary>
public sealed record LiveEnvironment(Uri? BaseAddress, Credentials Credentials, IReadOnlyDictionary<string, string> Identifiers, ContractProfile Profile)
{
    /// <summary>
    /// Reads the account from the environment: <c>{prefix}{SCHEME}</c> for each scheme's credential (at least one must
    /// be set) and <c>{prefix}{PARAMETER}</c> for each identifier (required ones must be set).
    /// </summary>
    /// <exception cref="LiveConfigurationException">A required variable is missing, or the given address is not absolute.</exception>
    public static LiveEnvironment FromEnvironment(ContractProfile profile, string? baseUrl, Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var credentials = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var scheme in profile.SchemeNames)
        {
            if (read(profile.CredentialVariable(scheme)) is { Length: > 0 } value)
            {
                credentials[scheme] = value;
            }
        }

        if (credentials.Count == 0 && profile.SchemeNames.Any())
        {
            throw Missing(profile, profile.CredentialVariable(profile.SchemeNames.First()));
        }

        var identifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var identifier in profile.Identifiers)
        {
            if (read(profile.IdentifierVariable(identifier)) is { Length: > 0 } value)
            {
                identifiers[identifier.Placeholder] = value;
            }
            else if (identifier.Required)
            {
                throw Missing(profile, profile.IdentifierVariable(identifier));
            }
        }

        var address = profile.DefaultBaseAddress;
        if (baseUrl is not null)
        {
            address = Uri.TryCreate(baseUrl, UriKind.Absolute, out var given) ? given : throw new LiveConfigurationException($"--base-url '{baseUrl}' is not an absolute URL");
        }

        return new LiveEnvironment(address, new Credentials(credentials), identifiers, profile);
    }

    /// <summary>Where the run goes: the given address, the profile's, or the spec's first absolute server.</summary>
    /// <exception cref="LiveConfigurationException">None of them is known.</exception>
    public Uri Address(Spec.SpecDocument spec)
        => BaseAddress ?? spec.Server ?? throw new LiveConfigurationException($"{spec.FilePath} declares no absolute server URL; give the API's address with --base-url");

    /// <summary>The real value of an identifier placeholder, or null when it is not set.</summary>
    public string? Identifier(string placeholder) => Identifiers.GetValueOrDefault(placeholder);

    /// <summary>Real value to placeholder, for the redactor: nothing account-specific reaches a recording.</summary>
    public IReadOnlyDictionary<string, string> Secrets()
    {
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (scheme, value) in Credentials.BySchemeName)
        {
            secrets[value] = ContractProfile.CredentialPlaceholder(scheme);
        }

        foreach (var (placeholder, value) in Identifiers)
        {
            secrets[value] = placeholder;
        }

        return secrets;
    }

    /// <summary>Every variable a live run reads, for messages: the credentials (one is needed), then the identifiers.</summary>
    public static string Variables(ContractProfile profile)
    {
        var schemes = string.Join(", ", profile.SchemeNames.Select(profile.CredentialVariable));
        var required = profile.Identifiers.Where(i => i.Required).Select(profile.IdentifierVariable).ToList();
        var optional = profile.Identifiers.Where(i => !i.Required).Select(profile.IdentifierVariable).ToList();
        var text = $"a key in {schemes} (at least one; operations whose schemes have none are skipped)";
        if (required.Count > 0)
        {
            text += $"; {string.Join(" and ", required)} (required)";
        }

        if (optional.Count > 0)
        {
            text += $"; {string.Join(" and ", optional)} (optional; operations that need them are skipped)";
        }

        return text;
    }

    private static LiveConfigurationException Missing(ContractProfile profile, string variable)
        => new($"{variable} is not set; live runs (verify --live, record) read the account from environment variables: {Variables(profile)}");
}
