using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit.Client;

/// <summary>
/// Emits <c>services.AddXClient(options => ...)</c>, an IHttpClientFactory typed client. Emitted only when
/// the project references Microsoft.Extensions.Http, so the generated code never adds a dependency.
/// </summary>
internal static class ServiceCollectionEmitter
{
    /// <summary>The type whose presence says the project references Microsoft.Extensions.Http.</summary>
    public const string HttpClientFactoryExtensions = "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";

    public static string Emit(ClientShellModel shell)
    {
        var names = shell.Names;
        var options = ClientCode.Full(shell.Namespace, names.Options);
        var writer = GeneratedFile.Start(shell.SpecPath);
        using (writer.FileNamespace(shell.Namespace))
        {
            writer.Line("/// <summary>Registers <see cref=\"" + names.Client + "\"/> with dependency injection.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            using (writer.Block("public static partial class " + names.ServiceCollectionExtensions))
            {
                writer.Line("/// <summary>");
                writer.Line("/// Adds <see cref=\"" + names.Interface + "\"/> as a typed HttpClient. The options are checked here, so a");
                writer.Line("/// missing or invalid setting fails at start-up. Add handlers (logging, resilience) to the returned builder;");
                writer.Line("/// set <c>MaxRetries = 0</c> when one of them retries, so attempts do not multiply.");
                writer.Line("/// </summary>");
                using (writer.Block("public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder " + names.AddClientMethod + "(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, global::System.Action<" + options + "> configure)"))
                {
                    writer.Line("global::System.ArgumentNullException.ThrowIfNull(services);");
                    writer.Line("global::System.ArgumentNullException.ThrowIfNull(configure);");
                    writer.Line("var options = new " + options + "();");
                    writer.Line("configure(options);");
                    writer.Line("options." + Naming.FixedNames.Options.Validate + "();");
                    writer.Line("return global::Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient<" + ClientCode.Full(shell.Namespace, names.Interface) + ", " + ClientCode.Full(shell.Namespace, names.Client) + ">(");
                    writer.Line("    services, httpClient => new " + ClientCode.Full(shell.Namespace, names.Client) + "(httpClient, options));");
                }
            }
        }

        return writer.ToString();
    }
}
