using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiCodegen.Emit;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Parse;

/// <summary>
/// Turns a schema's <c>default</c> into a C# expression for the public constructor. Only simple
/// values are supported (strings, numbers, booleans, enum values); others stay in the docs.
/// </summary>
internal static class DefaultValues
{
    public static string? ToExpression(JsonNode? node, TypeRef type, EnumModel? enumModel)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        var element = JsonValues.ToElement(value);
        if (enumModel is not null && type.Kind == TypeKind.Named)
        {
            var raw = element.ValueKind == JsonValueKind.String ? element.GetString() : element.ToString();
            foreach (var member in enumModel.Members)
            {
                if (member.Value == raw)
                {
                    return "global::" + type.NamedType + "." + member.Name;
                }
            }

            return null;
        }

        return (type.Kind, element.ValueKind) switch
        {
            (TypeKind.String, JsonValueKind.String) => CSharpLiteral.String(element.GetString()!),
            (TypeKind.Boolean, JsonValueKind.True) => "true",
            (TypeKind.Boolean, JsonValueKind.False) => "false",
            (TypeKind.Int32, JsonValueKind.Number) when element.TryGetInt32(out var i) => i.ToString(CultureInfo.InvariantCulture),
            (TypeKind.Int64, JsonValueKind.Number) when element.TryGetInt64(out var l) => l.ToString(CultureInfo.InvariantCulture) + "L",
            (TypeKind.Double, JsonValueKind.Number) when element.TryGetDouble(out var d) => d.ToString("R", CultureInfo.InvariantCulture) + "d",
            (TypeKind.Float, JsonValueKind.Number) when element.TryGetSingle(out var f) => f.ToString("R", CultureInfo.InvariantCulture) + "f",
            (TypeKind.Decimal, JsonValueKind.Number) when element.TryGetDecimal(out var m) => m.ToString(CultureInfo.InvariantCulture) + "m",
            _ => null,
        };
    }

    /// <summary>The default as JSON text, for the doc comment.</summary>
    public static string? ToJsonText(JsonNode? node) => node?.ToJsonString();
}
