using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Parse.Client;

/// <summary>Reads security schemes and requirements: one credential per scheme, chosen per operation.</summary>
internal static class SecurityReader
{
    public static List<SecuritySchemeModel> Schemes(OpenApiDocument document, string optionsClass, MapperDiagnostics diagnostics)
    {
        var names = new NameScope(FixedNames.Options.Reserved.Concat(new[] { optionsClass }));
        var schemes = new List<SecuritySchemeModel>();
        foreach (var entry in document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            var scheme = entry.Value;
            var kind = scheme is null ? null : KindOf(scheme);
            if (kind is null)
            {
                diagnostics.Report(Diagnostics.DiagnosticDescriptors.UnsupportedConstruct, "#/components/securitySchemes/" + SchemaMapper.EscapePointer(entry.Key),
                    "Security scheme type " + (scheme?.Type.ToString() ?? "(none)") + " cannot be sent by an HttpClient", entry.Key, "no credential; operations that need only it are sent without one");
                continue;
            }

            var stem = Identifiers.ToPascalCase(entry.Key);
            string property;
            string? password = null;
            switch (kind.Value)
            {
                case SecuritySchemeKind.HttpBasic:
                    stem = names.ClaimFamily(stem, "{0}" + FixedNames.Options.UserNameSuffix, "{0}" + FixedNames.Options.PasswordSuffix);
                    property = stem + FixedNames.Options.UserNameSuffix;
                    password = stem + FixedNames.Options.PasswordSuffix;
                    break;
                case SecuritySchemeKind.OAuth2 or SecuritySchemeKind.OpenIdConnect:
                    property = names.Claim(stem + FixedNames.Options.TokenProviderSuffix);
                    break;
                default:
                    property = names.Claim(stem);
                    break;
            }

            schemes.Add(new SecuritySchemeModel(
                entry.Key,
                kind.Value,
                property,
                password,
                scheme!.Name,
                scheme.Scheme,
                DocText.Clean(scheme.Description)));
        }

        return schemes;
    }

    /// <summary>The operation's requirements, or the document's when the operation has none; <c>security: []</c> means none.</summary>
    public static List<SecurityAlternative> Requirements(OpenApiOperation operation, OpenApiDocument document, IReadOnlyCollection<SecuritySchemeModel> known)
    {
        var requirements = operation.Security ?? document.Security ?? new List<OpenApiSecurityRequirement>();
        var alternatives = new List<SecurityAlternative>();
        foreach (var requirement in requirements)
        {
            if (requirement is null)
            {
                continue;
            }

            var schemes = requirement.Keys
                .Select(reference => reference.Reference?.Id ?? reference.Name)
                .Where(name => name is not null && known.Any(k => k.Name == name))
                .Select(name => name!)
                .ToEquatableArray();
            alternatives.Add(new SecurityAlternative(schemes));
        }

        return alternatives;
    }

    private static SecuritySchemeKind? KindOf(IOpenApiSecurityScheme scheme) => scheme.Type switch
    {
        SecuritySchemeType.ApiKey => scheme.In switch
        {
            Microsoft.OpenApi.ParameterLocation.Query => SecuritySchemeKind.ApiKeyQuery,
            Microsoft.OpenApi.ParameterLocation.Cookie => SecuritySchemeKind.ApiKeyCookie,
            _ => SecuritySchemeKind.ApiKeyHeader,
        },
        SecuritySchemeType.Http => (scheme.Scheme ?? string.Empty).ToLowerInvariant() switch
        {
            "basic" => SecuritySchemeKind.HttpBasic,
            "bearer" => SecuritySchemeKind.HttpBearer,
            _ => SecuritySchemeKind.HttpOther,
        },
        SecuritySchemeType.OAuth2 => SecuritySchemeKind.OAuth2,
        SecuritySchemeType.OpenIdConnect => SecuritySchemeKind.OpenIdConnect,
        _ => null,
    };
}
