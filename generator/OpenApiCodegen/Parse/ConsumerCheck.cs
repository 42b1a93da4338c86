using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenApiCodegen.Parse;

/// <summary>
/// Whether the consuming project can compile what the generator emits: C# 11 or later (required members,
/// UTF-8 literals) and .NET 8 or later (System.Text.Json 8, ArgumentException.ThrowIfNullOrEmpty). When it
/// cannot, the generator says so once per spec instead of emitting thousands of errors inside generated files.
/// </summary>
/// <param name="Problem">What is missing, or null when the project can compile generated clients.</param>
internal sealed record ConsumerCheck(string? Needs, string? Has, string? Fix)
{
    public static readonly ConsumerCheck Supported = new(null, null, null);

    private const int MinimumRuntime = 8;

    public bool IsSupported => Needs is null;

    public static ConsumerCheck Of(Compilation compilation)
    {
        if (compilation is CSharpCompilation { LanguageVersion: < LanguageVersion.CSharp11 } csharp)
        {
            return new ConsumerCheck("C# 11 or later", "C# " + csharp.LanguageVersion.ToDisplayString(),
                "remove the project's LangVersion setting, or set it to 11 or later");
        }

        // The core library's version is the target framework's: System.Runtime 8.0 for net8.0, netstandard 2.0, mscorlib 4.0.
        var core = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly?.Identity;
        if (core is null || core.Version.Major < MinimumRuntime || !string.Equals(core.Name, "System.Runtime", StringComparison.Ordinal) && !string.Equals(core.Name, "System.Private.CoreLib", StringComparison.Ordinal))
        {
            var has = core is null ? "no core library" : core.Name + " " + core.Version.ToString(2);
            return new ConsumerCheck(".NET 8 or later", has, "target net8.0 or later (TargetFramework), or generate into a separate project that does");
        }

        return Supported;
    }
}
