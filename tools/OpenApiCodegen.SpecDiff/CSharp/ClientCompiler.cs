using Microsoft.CodeAnalysis;

namespace OpenApiCodegen.SpecDiff.CSharp;

/// <summary>The namespace and client name both versions are generated with, so that only the spec differs.</summary>
public sealed record ClientIdentity(string Namespace, string ClientName);

/// <summary>
/// Runs the generator on a spec the way a build does and returns the compilation holding what it emitted (it need not
/// be emitted to an assembly: the public API is read from its declarations). The CLI runs it in-process.
/// </summary>
public interface IClientCompiler
{
    /// <returns>The compilation, or null with the generator's errors when it refused the spec.</returns>
    Compilation? Compile(string path, string text, ClientIdentity identity, out IReadOnlyList<string> errors);
}
