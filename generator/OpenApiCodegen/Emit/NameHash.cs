using System.Globalization;
using System.Text;

namespace OpenApiCodegen.Emit;

/// <summary>
/// The FNV-1a hash of a JSON property name's UTF-8 bytes, as a literal for a generated switch. It must
/// match <c>JsonRead.NameHash</c> in Runtime/JsonRead.cs, which computes it while reading.
/// </summary>
internal static class NameHash
{
    public static uint Of(string name)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }

    public static string Hex(string name) => "0x" + Of(name).ToString("X8", CultureInfo.InvariantCulture) + "u";
}
