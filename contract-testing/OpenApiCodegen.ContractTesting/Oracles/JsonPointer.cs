using Newtonsoft.Json.Linq;

namespace OpenApiCodegen.ContractTesting.Oracles;

/// <summary>RFC 6901 JSON pointers: "" is the whole body, <c>/buttons/0/id</c> a value inside it.</summary>
public static class JsonPointer
{
    public static string Append(string pointer, string token) => pointer + "/" + token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where a Newtonsoft token sits in its document.</summary>
    public static string Of(JToken? token)
    {
        var parts = new Stack<string>();
        while (token?.Parent is { } parent)
        {
            switch (parent)
            {
                case JProperty property:
                    parts.Push(Escape(property.Name));
                    token = property.Parent;
                    break;
                case JArray array:
                    parts.Push(array.IndexOf(token).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    token = array;
                    break;
                default:
                    token = parent;
                    break;
            }
        }

        return parts.Count == 0 ? "" : "/" + string.Join("/", parts);
    }

    /// <summary>How reports show a pointer: the empty pointer is the whole body.</summary>
    public static string Display(string pointer) => pointer.Length == 0 ? "(body)" : pointer;

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
