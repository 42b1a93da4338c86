using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace OpenApiCodegen.Emit;

/// <summary>
/// The helpers generated code calls (Runtime/*.cs in this project, embedded as resources). They are
/// added to the consumer's compilation as internal source, so the generated client has no runtime
/// dependency beyond the BCL.
/// </summary>
internal static class RuntimeSources
{
    /// <summary>What every client needs.</summary>
    public static IEnumerable<(string HintName, string Source)> All() => Read("OpenApiCodegen.Runtime.");

    /// <summary>What the operation catalog needs besides (Runtime/Catalog/*.cs).</summary>
    public static IEnumerable<(string HintName, string Source)> Catalog() => Read("OpenApiCodegen.CatalogRuntime.");

    private static IEnumerable<(string HintName, string Source)> Read(string prefix)
    {
        var assembly = typeof(RuntimeSources).Assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(prefix, System.StringComparison.Ordinal) || !name.EndsWith(".cs", System.StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return ("OpenApiCodegen.Runtime." + name.Substring(prefix.Length, name.Length - prefix.Length - 3) + ".g.cs", reader.ReadToEnd());
        }
    }
}
