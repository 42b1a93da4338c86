using System.Text;
using OpenApiCodegen.Operations;

namespace OpenApiCodegen.ContractTesting.Replay;

/// <summary>
/// Where a security scheme's credential goes in a request, as the generated client sends it: a header (the
/// <c>Authorization</c> header after its scheme word, or an API key header), a query parameter or a cookie.
/// </summary>
public sealed record CredentialSlot(string Scheme, string Location, string Name, string? Prefix)
{
    public static CredentialSlot For(SecuritySchemeDescriptor scheme) => scheme.Kind switch
    {
        "ApiKeyHeader" => new(scheme.Name, "header", scheme.ParameterName ?? "", null),
        "ApiKeyQuery" => new(scheme.Name, "query", scheme.ParameterName ?? "", null),
        "ApiKeyCookie" => new(scheme.Name, "cookie", scheme.ParameterName ?? "", null),
        _ => new(scheme.Name, "header", "Authorization", scheme.AuthorizationScheme ?? "Bearer"),
    };

    /// <summary>The finding pointer of the slot: <c>header:Authorization</c>, <c>query:api_key</c>, <c>cookie:session</c>.</summary>
    public string Pointer => $"{Location}:{Name}";

    /// <summary>What the client sends for <paramref name="credential"/>; HTTP basic takes <c>user:password</c>.</summary>
    public string Expected(string credential)
    {
        if (Prefix is null)
        {
            return credential;
        }

        var token = string.Equals(Prefix, "Basic", StringComparison.OrdinalIgnoreCase)
            ? Convert.ToBase64String(Encoding.UTF8.GetBytes(credential.Contains(':', StringComparison.Ordinal) ? credential : credential + ":"))
            : credential;
        return Prefix + " " + token;
    }

    /// <summary>The value the slot holds in a request, or null when it holds none.</summary>
    public string? In(Func<string, string?> header, Func<string, string?> query)
    {
        if (Location == "query")
        {
            return query(Name);
        }

        if (Location == "header")
        {
            return header(Name);
        }

        foreach (var cookie in (header("Cookie") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = cookie.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && cookie[..equals] == Name)
            {
                return cookie[(equals + 1)..];
            }
        }

        return null;
    }
}
