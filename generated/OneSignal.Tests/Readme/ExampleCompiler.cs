using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.DependencyInjection;

namespace OneSignal.Tests.Readme;

/// <summary>
/// Compiles a README example in-process, as the body of the method its <see cref="ExampleShape"/> names,
/// against .NET's reference assemblies and the OneSignal assembly under test. Nullable is on and every
/// warning is an error, as in a project of this repository; a <c>#line</c> directive maps errors to
/// README lines.
/// </summary>
internal static class ExampleCompiler
{
    // The implicit usings of an SDK-style project, plus the two namespaces the README tells readers to import.
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        using OneSignal;
        """;

    private static readonly IReadOnlyList<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        Reference(typeof(OneSignalClient)),
        Reference(typeof(IServiceCollection)),
        Reference(typeof(ServiceCollection)),
        Reference(typeof(IHttpClientBuilder)),
    ];

    /// <summary>The compiled method, ready to invoke.</summary>
    /// <exception cref="ExampleCompilationException">The example does not compile; the message has the compiler's errors, at README lines.</exception>
    public static MethodInfo Compile(ReadmeExample example, ExampleShape shape)
    {
        var source = Wrap(example, shape);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Example.cs");
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            // Reference assemblies of a newer patch than the library's: the SDK silences these two too.
            specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]);
        var compilation = CSharpCompilation.Create("ReadmeExample." + example.Name, [tree], References, options);

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        if (!result.Success)
        {
            throw new ExampleCompilationException($"The README example '{example.Name}' does not compile:\n{string.Join("\n", errors)}");
        }

        // Assembly.Load(byte[]) gives the example its own load context; OneSignal resolves to the loaded one.
        var assembly = Assembly.Load(image.ToArray());
        return assembly.GetType("ReadmeExamples.Example", throwOnError: true)!.GetMethod("Run")!;
    }

    /// <summary>Runs a compiled example; its exceptions come out unwrapped.</summary>
    public static object? Invoke(MethodInfo method, params object?[] arguments)
        => method.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);

    private static string Wrap(ReadmeExample example, ExampleShape shape)
    {
        var (signature, epilogue) = shape switch
        {
            ExampleShape.UsesClient => ("public static async Task Run(IOneSignalClient client, string appId)", ""),
            ExampleShape.BuildsClient => ("public static IOneSignalClient Run(HttpClient httpClient, string restApiKey, string organizationApiKey)", "return client;"),
            ExampleShape.RegistersServices => ("public static void Run(IServiceCollection services, string restApiKey, string organizationApiKey)", ""),
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };

        return $$"""
            {{Usings}}

            namespace ReadmeExamples;

            public static class Example
            {
                {{signature}}
                {
            #line {{example.Line}} "{{ReadmeExample.RelativePath}}"
            {{example.Code}}
            #line default
                    {{epilogue}}
                }
            }
            """;
    }

    /// <summary>Compiles and runs an example of <see cref="ExampleShape.UsesClient"/>.</summary>
    public static Task RunWithClient(string name, IOneSignalClient client, string appId)
        => (Task)Invoke(Compile(ReadmeExample.Get(name), ExampleShape.UsesClient), client, appId)!;

    private static MetadataReference Reference(Type type) => MetadataReference.CreateFromFile(type.Assembly.Location);
}

/// <summary>A README example that does not compile.</summary>
internal sealed class ExampleCompilationException(string message) : Exception(message);
