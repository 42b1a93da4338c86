using System.Linq;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit.Client;

/// <summary>C# expressions that turn a parameter's value into text, following its schema's type.</summary>
internal static class ParameterCode
{
    private const string Parameter = ClientCode.Runtime + ".ApiParameter";

    /// <summary>An <c>ApiParameter</c> for <paramref name="access"/>, which is known not to be null.</summary>
    public static string ToApiParameter(TypeRef type, string access)
    {
        switch (type.Kind)
        {
            case TypeKind.Json:
                return Parameter + ".OfJson(" + access + ")";
            case TypeKind.Named when type.IsNamedValueType:
                return Parameter + ".Of(" + access + ".Value)"; // an open enum: its JSON value
            case TypeKind.Named:
            case TypeKind.Map:
                return Parameter + ".OfObject(" + access + ", " + ValueCode.Codec(type) + ")";
            case TypeKind.List when IsScalar(type.Element!):
                return Parameter + ".OfList(global::System.Linq.Enumerable.Select(" + access + ", item => " + ScalarText(type.Element!, "item") + "))";
            case TypeKind.List:
                return Parameter + ".OfObject(" + access + ", " + ValueCode.Codec(type) + ")";
            default:
                return Parameter + ".Of(" + access + ")";
        }
    }

    /// <summary>The text of one scalar value (a list element, a multipart value).</summary>
    public static string ScalarText(TypeRef type, string access)
        => type.Kind == TypeKind.String ? access : ToApiParameter(type, access) + ".Scalar!";

    public static bool IsScalar(TypeRef type)
        => type.Kind is not (TypeKind.List or TypeKind.Map or TypeKind.Json) && (type.Kind != TypeKind.Named || type.IsNamedValueType);

    /// <summary>The expression for a possibly-null argument: <c>x.Value</c> for nullable value types.</summary>
    public static string NonNull(TypeRef type, string name, bool allowsNull)
        => allowsNull && type.IsValueType ? name + ".Value" : name;

    public static string Style(ParameterStyle style) => ClientCode.Runtime + ".ApiParameterStyle." + style;

    /// <summary>Splits a path template into literal text and parameter names: "/a/{id}/b" gives "/a/", {id}, "/b".</summary>
    public static System.Collections.Generic.IEnumerable<(string Text, bool IsParameter)> Segments(string template)
    {
        var index = 0;
        while (index < template.Length)
        {
            var open = template.IndexOf('{', index);
            if (open < 0)
            {
                yield return (template.Substring(index), false);
                yield break;
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                yield return (template.Substring(index), false);
                yield break;
            }

            if (open > index)
            {
                yield return (template.Substring(index, open - index), false);
            }

            yield return (template.Substring(open + 1, close - open - 1), true);
            index = close + 1;
        }
    }

    public static bool Contains(OperationModel operation, string name)
        => operation.Parameters.Any(p => p.Name == name);
}
