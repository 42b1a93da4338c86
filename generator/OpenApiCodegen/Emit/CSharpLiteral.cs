using System.Globalization;
using System.Text;

namespace OpenApiCodegen.Emit;

/// <summary>C# literals for text that comes from a spec.</summary>
internal static class CSharpLiteral
{
    /// <summary>A regular string literal, escaped: <c>"a\"b"</c>.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c > 0x7E)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>A UTF-8 literal (<c>"id"u8</c>) for comparing property names without allocating.</summary>
    public static string Utf8(string value) => String(value) + "u8";
}
