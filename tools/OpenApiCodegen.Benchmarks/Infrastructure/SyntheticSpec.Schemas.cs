using System.Globalization;
using System.Text.Json;

namespace OpenApiCodegen.Benchmarks.Infrastructure;

/// <summary>The synthetic spec's components/schemas: the entity hierarchy, complex types, enums and unions.</summary>
internal static partial class SyntheticSpec
{
    /// <summary>Graph's <c>entity</c>: an id and the <c>@odata.type</c> discriminator, with a mapping for every direct subtype.</summary>
    private static void WriteEntityBase(Utf8JsonWriter json, List<PlannedType> plan)
    {
        json.WriteStartObject(Prefix + "entity");
        json.WriteString("title", "entity");
        json.WriteString("type", "object");
        json.WriteStartArray("required");
        json.WriteStringValue("@odata.type");
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteStartObject("id");
        json.WriteString("type", "string");
        json.WriteString("description", "The unique identifier for an entity. Read-only.");
        json.WriteEndObject();
        json.WriteStartObject("@odata.type");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("discriminator");
        json.WriteString("propertyName", "@odata.type");
        json.WriteStartObject("mapping");
        foreach (var type in plan.Where(t => t.Kind == TypeKind.Entity && t.Parent is null))
        {
            json.WriteString("#" + Prefix + type.Name, "#/components/schemas/" + Prefix + type.Name);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteDerived(Utf8JsonWriter json, PlannedType type, string parent, List<PlannedType> plan, Random random)
    {
        json.WriteStartArray("allOf");
        json.WriteStartObject();
        json.WriteString("$ref", "#/components/schemas/" + parent);
        json.WriteEndObject();
        json.WriteStartObject();
        WriteObjectBody(json, type, plan, random);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteObjectBody(Utf8JsonWriter json, PlannedType type, List<PlannedType> plan, Random random)
    {
        json.WriteString("title", type.Name);
        json.WriteString("type", "object");
        json.WriteString("description", Sentence(random, 8, 30));
        var count = 6 + random.Next(34);
        var names = new List<string>(count);
        for (var p = 0; p < count; p++)
        {
            names.Add(Words[random.Next(Words.Length)] + Capitalize(Words[random.Next(Words.Length)]) + p.ToString(CultureInfo.InvariantCulture));
        }

        json.WriteStartArray("required");
        foreach (var name in names.Where((_, p) => p % 4 == 0))
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteStartObject("properties");
        foreach (var name in names)
        {
            json.WriteStartObject(name);
            WriteProperty(json, plan, random);
            json.WriteString("description", Sentence(random, 6, 40));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>One property of a varied kind, weighted roughly as Graph's are: mostly strings, then refs and collections.</summary>
    private static void WriteProperty(Utf8JsonWriter json, List<PlannedType> plan, Random random)
    {
        switch (random.Next(20))
        {
            case 0 or 1 or 2:
                json.WriteString("type", "string");
                break;
            case 3:
                json.WriteString("type", "string");
                json.WriteBoolean("nullable", true);
                break;
            case 4:
                WritePrimitive(json, "string", "date-time", random.Next(2) == 0);
                break;
            case 5:
                WritePrimitive(json, "string", random.Next(3) switch { 0 => "date", 1 => "uuid", _ => "uri" }, random.Next(2) == 0);
                break;
            case 6:
                WritePrimitive(json, "string", random.Next(2) == 0 ? "byte" : "duration", true);
                break;
            case 7:
                WritePrimitive(json, "integer", "int32", random.Next(2) == 0);
                break;
            case 8:
                WritePrimitive(json, "integer", "int64", random.Next(2) == 0);
                break;
            case 9:
                WritePrimitive(json, "number", random.Next(2) == 0 ? "double" : "float", random.Next(2) == 0);
                break;
            case 10:
                WritePrimitive(json, "boolean", null, random.Next(2) == 0);
                break;
            case 11:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteEndObject();
                break;
            case 12 or 13:
                WriteRef(json, Pick(plan, random, TypeKind.Entity, TypeKind.Complex));
                break;
            case 14:
                WriteRef(json, Pick(plan, random, TypeKind.Enum));
                break;
            case 15 or 16:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                WriteRef(json, Pick(plan, random, TypeKind.Entity, TypeKind.Complex, TypeKind.Union));
                json.WriteEndObject();
                break;
            case 17:
                json.WriteString("type", "object");
                json.WriteStartObject("additionalProperties");
                if (random.Next(2) == 0)
                {
                    json.WriteString("type", "string");
                }
                else
                {
                    WriteRef(json, Pick(plan, random, TypeKind.Complex));
                }

                json.WriteEndObject();
                break;
            case 18:
                json.WriteString("type", "string");
                json.WriteStartArray("enum");
                for (var v = 0; v < 3 + random.Next(5); v++)
                {
                    json.WriteStringValue(Words[random.Next(Words.Length)] + v.ToString(CultureInfo.InvariantCulture));
                }

                json.WriteEndArray();
                break;
            default:
                // A free-form object: any JSON.
                json.WriteString("type", "object");
                break;
        }
    }

    private static void WritePrimitive(Utf8JsonWriter json, string type, string? format, bool nullable)
    {
        json.WriteString("type", type);
        if (format is not null)
        {
            json.WriteString("format", format);
        }

        if (nullable)
        {
            json.WriteBoolean("nullable", true);
        }
    }

    private static void WriteRef(Utf8JsonWriter json, PlannedType target) => json.WriteString("$ref", "#/components/schemas/" + Prefix + target.Name);

    private static void WriteEnum(Utf8JsonWriter json, PlannedType type, Random random)
    {
        json.WriteString("title", type.Name);
        json.WriteString("type", "string");
        json.WriteStartArray("enum");
        var count = 3 + random.Next(25);
        for (var v = 0; v < count; v++)
        {
            json.WriteStringValue(Words[random.Next(Words.Length)] + Capitalize(Words[random.Next(Words.Length)]) + v.ToString(CultureInfo.InvariantCulture));
        }

        json.WriteStringValue("unknownFutureValue");
        json.WriteEndArray();
    }

    /// <summary>A oneOf of two or three object types without a discriminator: a union class.</summary>
    private static void WriteUnion(Utf8JsonWriter json, PlannedType type, List<PlannedType> plan, Random random)
    {
        json.WriteString("description", Sentence(random, 5, 20));
        json.WriteStartArray("oneOf");
        var members = new HashSet<PlannedType>();
        var count = 2 + random.Next(2);
        while (members.Count < count)
        {
            members.Add(Pick(plan, random, TypeKind.Complex, TypeKind.Enum));
        }

        foreach (var member in members)
        {
            json.WriteStartObject();
            WriteRef(json, member);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
