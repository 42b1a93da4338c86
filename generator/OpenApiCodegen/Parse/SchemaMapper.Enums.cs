using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpenApiCodegen.Diagnostics;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Parse;

internal sealed partial class SchemaMapper
{
    private EnumModel BuildEnum(string name, IOpenApiSchema schema, string pointer)
    {
        var values = SchemaShapes.EnumValues(schema, out var isInteger) ?? new List<JsonNode>();
        var memberNames = new NameScope(FixedNames.Enum.Reserved.Concat(new[] { name }));
        var varNames = ExtensionStrings(schema, "x-enum-varnames") ?? ExtensionStrings(schema, "x-enumNames");
        var descriptions = ExtensionStrings(schema, "x-enum-descriptions");

        var members = new List<EnumMemberModel>();
        var isInt64 = schema.Format == "int64";
        for (var i = 0; i < values.Count; i++)
        {
            var element = JsonValues.ToElement(values[i]);
            string raw;
            string desired;
            if (isInteger)
            {
                var number = element.GetInt64();
                isInt64 |= number is > int.MaxValue or < int.MinValue;
                raw = number.ToString(CultureInfo.InvariantCulture);
                desired = number < 0 ? "Minus" + (-number).ToString(CultureInfo.InvariantCulture) : "Value" + raw;
            }
            else
            {
                raw = element.GetString()!;
                desired = Identifiers.ToPascalCase(raw);
            }

            if (varNames is not null && i < varNames.Count && varNames[i].Length > 0)
            {
                desired = Identifiers.ToPascalCase(varNames[i]);
            }

            if (members.Any(m => m.Value == raw))
            {
                continue; // a repeated value
            }

            var claimed = memberNames.Claim(desired);
            if (claimed != desired)
            {
                _diagnostics.Report(DiagnosticDescriptors.NameCollision, pointer + "/enum/" + i, desired, raw, desired, claimed);
            }

            var description = descriptions is not null && i < descriptions.Count ? DocText.Clean(descriptions[i]) : null;
            members.Add(new EnumMemberModel(claimed, raw, description));
        }

        return new EnumModel(name, DocText.For(schema, pointer), isInteger, isInt64, members.ToEquatableArray());
    }

    private static List<string>? ExtensionStrings(IOpenApiSchema schema, string extensionName)
    {
        if (schema is not OpenApiSchema concrete || concrete.Extensions is null
            || !concrete.Extensions.TryGetValue(extensionName, out var extension)
            || extension is not JsonNodeExtension { Node: JsonArray array })
        {
            return null;
        }

        return array.Select(item => item is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : string.Empty).ToList();
    }
}
