using OpenApiCodegen.ContractTesting.Profiles;

namespace OpenApiCodegen.ContractTesting.Replay;

/// <summary>
/// The credential the client is configured with for each security scheme, by scheme name. Replays use the
/// placeholders the recordings carry; live runs use the real values from the environment.
/// </summary>
public sealed class Credentials(IReadOnlyDictionary<string, string> bySchemeName)
{
    /// <summary>What recordings hold instead of each scheme's credential (see <see cref="ContractProfile.CredentialPlaceholder"/>).</summary>
    public static Credentials Placeholders(IEnumerable<string> schemes)
        => new(schemes.ToDictionary(s => s, ContractProfile.CredentialPlaceholder, StringComparer.Ordinal));

    public IReadOnlyDictionary<string, string> BySchemeName { get; } = bySchemeName;

    public string? ForScheme(string scheme) => BySchemeName.GetValueOrDefault(scheme);

    /// <summary>The scheme whose credential is <paramref name="value"/>, for messages that must not print it.</summary>
    public string? SchemeOf(string value) => BySchemeName.FirstOrDefault(c => c.Value.Length > 0 && c.Value == value).Key;
}
