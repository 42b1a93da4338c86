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

    /// <summary>The class member a client interface member stands for, in either version.</summary>
    public string? ClassTwin(string symbol) => OldSources.ClassTwin(symbol) ?? NewSources.ClassTwin(symbol);

    public static CSharpView Build(LoadedSpec oldSpec, LoadedSpec newSpec, ClientIdentity identity, IClientCompiler compiler)
    {
        var problems = new List<string>();
        var old = Generate(oldSpec, identity, compiler, problems);
        var current = Generate(newSpec, identity, compiler, problems);
        if (old is null || current is null)
        {
            return new CSharpView(ApiSurface.Empty, ApiSurface.Empty, SymbolSources.None, SymbolSources.None, problems);
        }

        return new CSharpView(
            ApiSurfaceReader.Read(old.Compilation), ApiSurfaceReader.Read(current.Compilation), SymbolSources.From(old.Model), SymbolSources.From(current.Model), []);
    }

    private static GeneratedClient? Generate(LoadedSpec spec, ClientIdentity identity, IClientCompiler compiler, List<string> problems)
    {
        var client = compiler.Compile(spec.Path, spec.Text, identity, out var errors);
        if (client is null)
        {
            problems.Add($"the generator refused {spec.Path}: {string.Join("; ", errors.Take(3))}{(errors.Count > 3 ? $" (and {errors.Count - 3} more)" : "")}");
        }

        return client;
    }
}
