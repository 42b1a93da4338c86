using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace OpenApiCodegen.Tests.Infrastructure;

/// <summary>Emits a compilation to memory and loads it, so tests can run the generated code.</summary>
internal static class CompiledAssembly
{
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, "Emit failed:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true);
        return context.LoadFromStream(stream);
    }

    /// <summary>Calls a public static method that returns a string, e.g. a probe written by the test.</summary>
    public static string Invoke(Assembly assembly, string typeName, string methodName, params object?[] arguments)
    {
        var type = assembly.GetType(typeName) ?? throw new InvalidOperationException($"No type {typeName}");
        var method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException($"No method {methodName}");
        try
        {
            return (string)method.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
