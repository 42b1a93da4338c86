using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;
using O = OpenApiCodegen.Naming.FixedNames.Options;

namespace OpenApiCodegen.Emit.Client;

/// <summary>
/// Emits the client's options (one credential per security scheme, base address, timeout, retries)
/// and the internal class that puts each credential on a request.
/// </summary>
internal static class OptionsEmitter
{
    public static string Emit(ClientShellModel shell)
    {
        var names = shell.Names;
        var writer = GeneratedFile.Start(shell.SpecPath);
        using (writer.FileNamespace(shell.Namespace))
        {
            writer.Line("/// <summary>Settings of <see cref=\"" + names.Client + "\"/>: credentials, base address, timeout and retries.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            using (writer.Block("public sealed partial class " + names.Options))
            {
                var server = shell.BaseUrl is not null ? "<c>" + DocComments.Escape(shell.BaseUrl) + "</c> (the spec's first server)"
                    : shell.ServerUrl is not null ? "nothing: the spec's server, <c>" + DocComments.Escape(shell.ServerUrl) + "</c>, is relative, so set the absolute URL here"
                    : "nothing: the spec declares no server";
                writer.Line("/// <summary>Where requests go; when null, the HttpClient's BaseAddress, then " + server + ".</summary>");
                writer.Line("public global::System.Uri? " + O.BaseAddress + " { get; set; }");
                writer.Line();
                writer.Line("/// <summary>How long one attempt may take before it is abandoned (and retried when that is safe); null leaves it to the HttpClient.</summary>");
                writer.Line("public global::System.TimeSpan? " + O.Timeout + " { get; set; }");
                writer.Line();
                writer.Line("/// <summary>");
                writer.Line("/// Retries after a 429, a 5xx, a dropped connection or a timeout; 0 turns retrying off (for example when");
                writer.Line("/// the HttpClient has its own resilience handler). Only requests that are safe to repeat are retried:");
                writer.Line("/// GET, PUT, DELETE and the like, and POST or PATCH bodies that carry an idempotency key.");
                writer.Line("/// </summary>");
                writer.Line("public int " + O.MaxRetries + " { get; set; } = 3;");
                writer.Line();
                writer.Line("/// <summary>The first retry waits about this long; each next one twice as long, with random jitter.</summary>");
                writer.Line("public global::System.TimeSpan " + O.RetryBaseDelay + " { get; set; } = global::System.TimeSpan.FromSeconds(1);");
                writer.Line();
                writer.Line("/// <summary>The longest wait between attempts when the server does not say (no Retry-After).</summary>");
                writer.Line("public global::System.TimeSpan " + O.MaxRetryDelay + " { get; set; } = global::System.TimeSpan.FromSeconds(30);");
                writer.Line();
                writer.Line("/// <summary>The longest Retry-After the client waits for; a longer one ends the call with the 429 or 503.</summary>");
                writer.Line("public global::System.TimeSpan " + O.MaxRetryAfter + " { get; set; } = global::System.TimeSpan.FromMinutes(1);");
                foreach (var scheme in shell.SecuritySchemes)
                {
                    writer.Line();
                    WriteCredential(writer, scheme);
                }

                writer.Line();
                WriteValidate(writer, names, shell.SecuritySchemes);
            }

            writer.Line();
            WriteCredentials(writer, shell);
        }

        return writer.ToString();
    }

    private static void WriteCredential(SourceWriter writer, SecuritySchemeModel scheme)
    {
        var about = scheme.Description is null ? string.Empty : "\n" + DocComments.Escape(scheme.Description);
        var name = "<c>" + DocComments.Escape(scheme.Name) + "</c>";
        switch (scheme.Kind)
        {
            case SecuritySchemeKind.HttpBasic:
                DocComments.WriteXml(writer, "summary", "The user name for the " + name + " scheme (HTTP basic)." + about);
                writer.Line("public string? " + scheme.PropertyName + " { get; set; }");
                writer.Line();
                DocComments.WriteXml(writer, "summary", "The password for the " + name + " scheme (HTTP basic).");
                writer.Line("public string? " + scheme.PasswordPropertyName + " { get; set; }");
                break;
            case SecuritySchemeKind.OAuth2:
            case SecuritySchemeKind.OpenIdConnect:
                DocComments.WriteXml(writer, "summary", "Supplies access tokens for the " + name + " scheme, sent as <c>Authorization: Bearer</c>; called for every attempt, so it can refresh." + about);
                writer.Line("public global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>? " + scheme.PropertyName + " { get; set; }");
                break;
            default:
                DocComments.WriteXml(writer, "summary", "The credential for the " + name + " scheme, sent as " + DocComments.Escape(Placement(scheme)) + "." + about);
                writer.Line("public string? " + scheme.PropertyName + " { get; set; }");
                break;
        }
    }

    private static string Placement(SecuritySchemeModel scheme) => scheme.Kind switch
    {
        SecuritySchemeKind.ApiKeyHeader => "the " + scheme.ParameterName + " header",
        SecuritySchemeKind.ApiKeyQuery => "the " + scheme.ParameterName + " query parameter",
        SecuritySchemeKind.ApiKeyCookie => "the " + scheme.ParameterName + " cookie",
        SecuritySchemeKind.HttpBearer => "Authorization: Bearer <token>",
        _ => "Authorization: " + scheme.HttpScheme + " <credential>",
    };

    private static void WriteValidate(SourceWriter writer, ClientNames names, EquatableArray<SecuritySchemeModel> schemes)
    {
        var options = names.Options + ".";
        writer.Line("/// <summary>Checks the settings; the client calls it when it is created.</summary>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">A setting is out of range; the message names it.</exception>");
        using (writer.Block("public void " + O.Validate + "()"))
        {
            Check(writer, O.BaseAddress + " is { IsAbsoluteUri: false }", options + O.BaseAddress + " must be an absolute URI.");
            Check(writer, O.BaseAddress + " is { IsAbsoluteUri: true } && (" + O.BaseAddress + ".Query.Length > 0 || " + O.BaseAddress + ".Fragment.Length > 0)",
                options + O.BaseAddress + " must not have a query string or fragment: operation paths are appended to it.");
            Check(writer, O.Timeout + " <= global::System.TimeSpan.Zero", options + O.Timeout + " must be positive.");
            Check(writer, O.MaxRetries + " < 0", options + O.MaxRetries + " cannot be negative.");
            Check(writer, O.RetryBaseDelay + " < global::System.TimeSpan.Zero || " + O.MaxRetryDelay + " < global::System.TimeSpan.Zero || " + O.MaxRetryAfter + " < global::System.TimeSpan.Zero",
                options + O.RetryBaseDelay + ", " + O.MaxRetryDelay + " and " + O.MaxRetryAfter + " cannot be negative.");
            WriteCredentialChecks(writer, names, schemes);
        }
    }

    /// <summary>
    /// Credentials are checked when set: a stray newline or a repeated scheme prefix would otherwise only fail (or be
    /// rejected) at the first call. The checks read the properties themselves, so they need no locals of their own.
    /// </summary>
    private static void WriteCredentialChecks(SourceWriter writer, ClientNames names, EquatableArray<SecuritySchemeModel> schemes)
    {
        foreach (var scheme in schemes)
        {
            var properties = scheme.Kind switch
            {
                SecuritySchemeKind.HttpBasic => new[] { scheme.PropertyName, scheme.PasswordPropertyName! },
                SecuritySchemeKind.OAuth2 or SecuritySchemeKind.OpenIdConnect => System.Array.Empty<string>(),
                _ => new[] { scheme.PropertyName },
            };
            foreach (var property in properties)
            {
                Check(writer, property + " is not null && (" + property + ".IndexOfAny(new[] { '\\r', '\\n', '\\0' }) >= 0 || " + property + ".Trim().Length != " + property + ".Length)",
                    names.Options + "." + property + " has leading or trailing whitespace or a line break; check how it was read (a file or an environment variable often adds a newline).");
            }

            var prefix = scheme.Kind switch
            {
                SecuritySchemeKind.HttpBearer => "Bearer",
                SecuritySchemeKind.HttpOther => scheme.HttpScheme,
                _ => null,
            };
            if (prefix is not null)
            {
                Check(writer, scheme.PropertyName + " is not null && " + scheme.PropertyName + ".StartsWith(" + CSharpLiteral.String(prefix + " ") + ", global::System.StringComparison.OrdinalIgnoreCase)",
                    names.Options + "." + scheme.PropertyName + " starts with '" + prefix + " ': set the credential alone; the client adds the '" + prefix + "' scheme itself.");
            }
        }
    }

    private static void Check(SourceWriter writer, string condition, string message)
    {
        using (writer.Block("if (" + condition + ")"))
        {
            writer.Line("throw new global::System.ArgumentException(" + CSharpLiteral.String(message) + ");");
        }

        writer.Line();
    }

    private static void WriteCredentials(SourceWriter writer, ClientShellModel shell)
    {
        var names = shell.Names;
        var options = ClientCode.Full(shell.Namespace, names.Options);
        writer.Line("/// <summary>Puts the credentials of <see cref=\"" + names.Options + "\"/> on requests, read at send time.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        using (writer.Block("internal sealed class " + names.Credentials + " : " + ClientCode.Runtime + ".IApiCredentials"))
        {
            writer.Line("private readonly " + options + " _options;");
            writer.Line();
            writer.Line("public " + names.Credentials + "(" + options + " options) => _options = options;");
            writer.Line();
            writer.Line("public bool Has(string scheme) => scheme switch");
            writer.Line("{");
            writer.Indent();
            foreach (var scheme in shell.SecuritySchemes)
            {
                writer.Line(CSharpLiteral.String(scheme.Name) + " => " + HasCondition(scheme) + ",");
            }

            writer.Line("_ => false,");
            writer.Outdent();
            writer.Line("};");
            writer.Line();
            writer.Line("public string Describe(string scheme) => scheme switch");
            writer.Line("{");
            writer.Indent();
            foreach (var scheme in shell.SecuritySchemes)
            {
                var property = scheme.Kind == SecuritySchemeKind.HttpBasic
                    ? scheme.PropertyName + " and " + scheme.PasswordPropertyName
                    : scheme.PropertyName;
                writer.Line(CSharpLiteral.String(scheme.Name) + " => " + CSharpLiteral.String(names.Options + "." + property) + ",");
            }

            writer.Line("_ => scheme,");
            writer.Outdent();
            writer.Line("};");
            writer.Line();
            // Only token providers need awaiting; without one, the method completes synchronously.
            var awaits = System.Linq.Enumerable.Any(shell.SecuritySchemes, s => s.Kind is SecuritySchemeKind.OAuth2 or SecuritySchemeKind.OpenIdConnect);
            using (writer.Block("public " + (awaits ? "async " : string.Empty) + "global::System.Threading.Tasks.ValueTask ApplyAsync(string scheme, global::System.Net.Http.HttpRequestMessage message, global::System.Threading.CancellationToken cancellationToken)"))
            {
                if (shell.SecuritySchemes.Count == 0)
                {
                    writer.Line("return default; // the spec declares no security schemes");
                    return;
                }

                using (writer.Block("switch (scheme)"))
                {
                    foreach (var scheme in shell.SecuritySchemes)
                    {
                        writer.Line("case " + CSharpLiteral.String(scheme.Name) + ":");
                        writer.Indent();
                        writer.Line(ApplyStatement(scheme));
                        writer.Line("break;");
                        writer.Outdent();
                    }
                }

                if (!awaits)
                {
                    writer.Line();
                    writer.Line("return default;");
                }
            }
        }
    }

    private static string HasCondition(SecuritySchemeModel scheme) => scheme.Kind switch
    {
        SecuritySchemeKind.HttpBasic => "_options." + scheme.PropertyName + " is not null && _options." + scheme.PasswordPropertyName + " is not null",
        SecuritySchemeKind.OAuth2 or SecuritySchemeKind.OpenIdConnect => "_options." + scheme.PropertyName + " is not null",
        _ => "!string.IsNullOrEmpty(_options." + scheme.PropertyName + ")",
    };

    private static string ApplyStatement(SecuritySchemeModel scheme)
    {
        var writerClass = ClientCode.Runtime + ".ApiCredentialWriter";
        var value = "_options." + scheme.PropertyName + "!";
        var parameter = CSharpLiteral.String(scheme.ParameterName ?? scheme.Name);
        return scheme.Kind switch
        {
            SecuritySchemeKind.ApiKeyHeader => writerClass + ".Header(message, " + parameter + ", " + value + ");",
            SecuritySchemeKind.ApiKeyQuery => writerClass + ".Query(message, " + parameter + ", " + value + ");",
            SecuritySchemeKind.ApiKeyCookie => writerClass + ".Cookie(message, " + parameter + ", " + value + ");",
            SecuritySchemeKind.HttpBasic => writerClass + ".Basic(message, _options." + scheme.PropertyName + "!, _options." + scheme.PasswordPropertyName + "!);",
            SecuritySchemeKind.HttpBearer => writerClass + ".Authorization(message, \"Bearer\", " + value + ");",
            SecuritySchemeKind.OAuth2 or SecuritySchemeKind.OpenIdConnect =>
                writerClass + ".Authorization(message, \"Bearer\", await _options." + scheme.PropertyName + "!(cancellationToken).ConfigureAwait(false));",
            _ => writerClass + ".Authorization(message, " + CSharpLiteral.String(scheme.HttpScheme ?? "Bearer") + ", " + value + ");",
        };
    }
}
