using OpenApiCodegen.Model;
using OpenApiCodegen.Parse;
using OpenApiCodegen.SpecDiff.Loading;

namespace OpenApiCodegen.SpecDiff.CSharp;

/// <summary>
/// What the generator emits for both versions: their compiled public APIs, and where each symbol comes from (the
/// generator's own parse and model stages). Null sides mean the generator refused that version; <see cref="Problems"/>
/// then says why, and the diff reports the wire-level changes alone.
/// </summary>
internal sealed class CSharpView
{
    private CSharpView(ApiSurface oldApi, ApiSurface newApi, SymbolSources oldSources, SymbolSources newSources, IReadOnlyList<string> problems)
    {
        OldApi = oldApi;
        NewApi = newApi;
        OldSources = oldSources;
        NewSources = newSources;
        Problems = problems;
    }

    public ApiSurface OldApi { get; }

    public ApiSurface NewApi { get; }

    public SymbolSources OldSources { get; }

    public SymbolSources NewSources { get; }

    /// <summary>Why there is no C# view (a version the generator refused), empty when there is one.</summary>
    public IReadOnlyList<string> Problems { get; }

    public bool IsAvailable => Problems.Count == 0;

    public static CSharpView Build(LoadedSpec oldSpec, LoadedSpec newSpec, ClientIdentity identity, IClientCompiler compiler)
    {
        var problems = new List<string>();
        var oldApi = Read(oldSpec, identity, compiler, problems);
        var newApi = Read(newSpec, identity, compiler, problems);
        if (oldApi is null || newApi is null)
        {
            return new CSharpView(ApiSurface.Empty, ApiSurface.Empty, SymbolSources.None, SymbolSources.None, problems);
        }

        return new CSharpView(oldApi, newApi, Sources(oldSpec, identity), Sources(newSpec, identity), []);
    }

    private static ApiSurface? Read(LoadedSpec spec, ClientIdentity identity, IClientCompiler compiler, List<string> problems)
    {
        var compilation = compiler.Compile(spec.Path, spec.Text, identity, out var errors);
        if (compilation is null)
        {
            problems.Add($"the generator refused {spec.Path}: {string.Join("; ", errors.Take(3))}{(errors.Count > 3 ? $" (and {errors.Count - 3} more)" : "")}");
            return null;
        }

        return ApiSurfaceReader.Read(compilation);
    }

    /// <summary>The generator's model of the spec, for the pointer behind each symbol.</summary>
    private static SymbolSources Sources(LoadedSpec spec, ClientIdentity identity)
    {
        var input = new SpecInput(new SpecSource(spec.Path, spec.Text, identity.Namespace, identity.ClientName), EquatableArray<SpecFile>.Empty);
        return SymbolSources.From(SpecModelBuilder.Build(input));
    }
}
