using System.Collections.Generic;
using System.Linq;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;
using O = OpenApiCodegen.Naming.FixedNames.Options;

namespace OpenApiCodegen.Emit.Client;

/// <summary>
/// Emits the root client: its interface, its constructor (HttpClient + options), and one property
/// per operation group. Operations themselves are emitted per group (see <see cref="OperationGroupEmitter"/>).
/// </summary>
internal static class ClientShellEmitter
{
    public static string Emit(ClientShellModel shell)
    {
        var names = shell.Names;
        var writer = GeneratedFile.Start(shell.SpecPath);
        using (writer.FileNamespace(shell.Namespace))
        {
            var title = shell.Title is null ? "the API" : DocComments.Escape(shell.Title);
            DocComments.WriteXml(writer, "summary", "A client for " + title + ", generated from " + DocComments.Escape(GeneratedFile.FileName(shell.SpecPath)) + ".");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            using (writer.Block("public partial interface " + names.Interface))
            {
                foreach (var group in shell.Groups)
                {
                    DocComments.WriteXml(writer, "summary", group.Description is null ? "The " + group.PropertyName + " operations." : DocComments.Escape(group.Description));
                    writer.Line(ClientCode.Full(shell.Namespace, group.InterfaceName) + " " + group.PropertyName + " { get; }");
                    writer.Line();
                }
            }

            writer.Line();
            DocComments.WriteXml(writer, "summary", "A client for " + title + ". Thread-safe: create one and share it, or register it with <c>AddHttpClient</c>.");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            using (writer.Block("public partial class " + names.Client + " : " + ClientCode.Full(shell.Namespace, names.Interface)))
            {
                writer.Line("private readonly " + ClientCode.Runtime + ".ApiClientCore " + HelperNames.CoreField + ";");
                writer.Line();
                WriteConstructor(writer, shell);
                foreach (var group in shell.Groups)
                {
                    writer.Line();
                    writer.Line("/// <inheritdoc/>");
                    writer.Line("public " + ClientCode.Full(shell.Namespace, group.InterfaceName) + " " + group.PropertyName + " { get; }");
                }
            }
        }

        return writer.ToString();
    }

    private static void WriteConstructor(SourceWriter writer, ClientShellModel shell)
    {
        var names = shell.Names;
        writer.Line("/// <summary>Creates a client that sends its requests through <paramref name=\"httpClient\"/>.</summary>");
        writer.Line("/// <param name=\"httpClient\">The HttpClient to send with; its handlers (logging, resilience) apply to every request.</param>");
        writer.Line("/// <param name=\"options\">Credentials, base address, timeout and retries; checked here, so a bad value fails at once.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">An option is invalid; the message names it.</exception>");
        using (writer.Block("public " + names.Client + "(global::System.Net.Http.HttpClient httpClient, " + ClientCode.Full(shell.Namespace, names.Options) + " options)"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(httpClient);");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
            writer.Line("options." + O.Validate + "();");
            if (shell.BaseUrl is null)
            {
                var server = shell.ServerUrl is null
                    ? "the spec declares no server"
                    : "the spec's server (" + shell.ServerUrl + ") is not an absolute http(s) URL";
                writer.Line("var baseAddress = options." + O.BaseAddress + " ?? httpClient.BaseAddress");
                writer.Line("    ?? throw new global::System.ArgumentException(" + CSharpLiteral.String("Set " + names.Options + "." + O.BaseAddress + ": " + server + " and the HttpClient has no BaseAddress.") + ", nameof(options));");
            }
            else
            {
                writer.Line("var baseAddress = options." + O.BaseAddress + " ?? httpClient.BaseAddress ?? new global::System.Uri(" + CSharpLiteral.String(shell.BaseUrl) + ");");
            }

            writer.Line();
            writer.Line("var retry = new " + ClientCode.Runtime + ".ApiRetryPolicy(options." + O.MaxRetries + ", options." + O.RetryBaseDelay + ", options." + O.MaxRetryDelay + ", options." + O.MaxRetryAfter + ");");
            writer.Line(HelperNames.CoreField + " = new " + ClientCode.Runtime + ".ApiClientCore(httpClient, baseAddress, options." + O.Timeout + ", retry, new " + names.Credentials + "(options));");
            foreach (var group in shell.Groups)
            {
                writer.Line(group.PropertyName + " = new " + ClientCode.Full(shell.Namespace, group.ClassName) + "(" + HelperNames.CoreField + ");");
            }
        }
    }
}
