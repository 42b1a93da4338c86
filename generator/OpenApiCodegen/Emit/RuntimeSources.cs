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
    private const string Prefix = "OpenApiCodegen.Runtime.";

    public static IEnumerable<(string HintName, string Source)> All()
    {
        var assembly = typeof(RuntimeSources).Assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, System.StringComparison.Ordinal) || !name.EndsWith(".cs", System.StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return ("OpenApiCodegen.Runtime." + name.Substring(Prefix.Length, name.Length - Prefix.Length - 3) + ".g.cs", reader.ReadToEnd());
        }
    }
}
