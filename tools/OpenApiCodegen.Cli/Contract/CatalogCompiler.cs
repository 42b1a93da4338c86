using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Operations;
using OpenApiCodegen.Parse;

namespace OpenApiCodegen.Cli.Contract;

/// <summary>
/// <c>verify --spec FILE</c> for any API: runs the generator on the spec and compiles what it emits in this process,
/// exactly as a project referencing OpenApiCodegen.Operations would, then loads the result and hands back its operation
/// catalog. No code is written for the spec; what the generator or the compiler refuses is reported as they report it.
/// </summary>
internal static class CatalogCompiler
{
    // One compile per spec text in a process: loaded assemblies cannot be unloaded from the default context anyway.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, string Text), IOperationCatalog> Compiled = new();

    /// <exception cref="CatalogCompileException">The generator reported an error or failed, or the output did not compile.</exception>
    public static IOperationCatalog Compile(string specPath)
    {
        var item = SpecFiles.Load(specPath);
        if (Compiled.TryGetValue((item.Path, item.Text), out var known))
        {
            return known;
        }

        var catalog = Compile(item);
        Compiled[(item.Path, item.Text)] = catalog;
        return catalog;
    }

    private static IOperationCatalog Compile(SpecItem item)
    {
        var specPath = item.Path;
        var neighbours = DocumentReader.HasExternalReference(item.Text) ? SpecFiles.Neighbours(specPath) : [];
        var operations = MetadataReference.CreateFromFile(typeof(IOperationCatalog).Assembly.Location);
        var result = InProcessGenerator.Run([item, .. neighbours], [operations]);
        if (result.GeneratorException is { } exception)
        {
            throw new CatalogCompileException($"the generator failed on {specPath}: {exception.GetType().Name}: {exception.Message}", []);
        }

        if (result.GeneratorErrors.Count > 0)
        {
            throw new CatalogCompileException($"the generator refused {specPath}", result.GeneratorErrors.Select(DiagnosticText.Format).ToList());
        }

        using var image = new MemoryStream();
        var emitted = result.Output.Emit(image);
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(DiagnosticText.Format).Take(20).ToList();
            throw new CatalogCompileException($"the client generated for {specPath} does not compile (a generator bug: please report it with the spec)", errors);
        }

        image.Position = 0;
        var assembly = new AssemblyLoadContext($"catalog:{specPath}", isCollectible: false).LoadFromStream(image);
        return Catalog(assembly) ?? throw new CatalogCompileException($"the client generated for {specPath} has no operation catalog", []);
    }

    private static IOperationCatalog? Catalog(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => typeof(IOperationCatalog).IsAssignableFrom(t) && !t.IsInterface))
        {
            if (type.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IOperationCatalog catalog)
            {
                return catalog;
            }
        }

        return null;
    }
}

/// <summary>A spec the CLI could not turn into a loaded client; <see cref="Diagnostics"/> are the compiler-style lines behind it.</summary>
internal sealed class CatalogCompileException(string message, IReadOnlyList<string> diagnostics) : Exception(message)
{
    public IReadOnlyList<string> Diagnostics { get; } = diagnostics;
}
