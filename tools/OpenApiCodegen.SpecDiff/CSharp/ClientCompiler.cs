using Microsoft.CodeAnalysis;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.SpecDiff.CSharp;

/// <summary>The namespace and client name both versions are generated with, so that only the spec differs.</summary>
internal sealed record ClientIdentity(string Namespace, string ClientName);

/// <summary>
/// What one generator run gives the diff: the compilation holding what it emitted (never emitted to an assembly: the
/// public API is read from its declarations), and the generator's own model of the spec from the same run, which says
/// where each symbol comes from.
/// </summary>
internal sealed record GeneratedClient(Compilation Compilation, SpecModel Model);

/// <summary>Runs the generator on a spec the way a build does. The CLI runs it in-process.</summary>
internal interface IClientCompiler
{
    /// <returns>The generated client, or null with the generator's errors when it refused the spec.</returns>
    GeneratedClient? Compile(string path, string text, ClientIdentity identity, out IReadOnlyList<string> errors);
}
