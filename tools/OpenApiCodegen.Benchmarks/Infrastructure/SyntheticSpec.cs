using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace OpenApiCodegen.Benchmarks.Infrastructure;

/// <summary>
/// A Microsoft Graph-sized OpenAPI 3.0 document, made in memory so that no 20 MB file is committed.
/// It follows Graph's shapes: one discriminated <c>entity</c> base that thousands of types extend with
/// <c>allOf</c> (some two levels deep), plain complex types, string enums, <c>oneOf</c> unions, properties of
/// every primitive format, arrays and maps, <c>$ref</c>s between types, and five operations per entity set
/// with inline response schemas. A seeded random makes every run build the same document.
/// </summary>
internal static class SyntheticSpec
{
    /// <summary>The size the benchmark promises: Microsoft Graph's v1.0 description is about this large.</summary>
    public const int MinimumBytes = 20 * 1024 * 1024;

    /// <summary>
    /// Types in the document: 7 in 10 objects, 2 in 10 enums, 1 in 10 unions; each costs about 7 KB of YAML,
    /// so 3,300 give about 22 MB (the setup checks the 20 MB floor).
    /// </summary>
    public const int DefaultTypeCount = 3300;

    private const string Prefix = "microsoft.graph.";

    private static readonly string[] Words =
    [
        "device", "user", "group", "message", "calendar", "event", "drive", "item", "site", "list", "team", "channel",
        "policy", "report", "audit", "sign", "contact", "folder", "mail", "task", "plan", "bucket", "note", "book",
        "section", "page", "app", "role", "grant", "consent", "identity", "provider", "domain", "license", "service",
        "plan", "schema", "extension", "attachment", "rule", "setting", "template", "request", "approval", "stage",
        "profile", "photo", "presence", "session", "alert", "incident", "score", "control", "action", "assignment",
        "configuration", "compliance", "enrollment", "status", "summary", "detail", "record", "activity", "resource",
    ];

    /// <summary>The document as YAML, written by OpenAPI.NET as Graph's own description is.</summary>
    public static string BuildYaml(int typeCount = DefaultTypeCount)
    {
        var json = BuildJson(typeCount);
        var read = OpenApiDocument.Parse(json, OpenApiConstants.Json, new OpenApiReaderSettings());
        if (read.Document is null || read.Diagnostic?.Errors is { Count: > 0 })
        {
            throw new InvalidOperationException("The synthetic spec does not read back: " + read.Diagnostic?.Errors.FirstOrDefault()?.Message);
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        read.Document.SerializeAsV3(new OpenApiYamlWriter(writer));
        return writer.ToString();
    }

    public static string BuildJson(int typeCount = DefaultTypeCount)
    {
        var plan = Plan(typeCount);
        var buffer = new ArrayBufferWriter<byte>(32 * 1024 * 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            var random = new Random(20);
            json.WriteStartObject();
            json.WriteString("openapi", "3.0.4");
            json.WriteStartObject("info");
            json.WriteString("title", "Synthetic Graph");
            json.WriteString("version", "v1.0");
            json.WriteEndObject();
            json.WriteStartArray("servers");
            json.WriteStartObject();
            json.WriteString("url", "https://graph.example.com/v1.0");
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartObject("paths");
            foreach (var type in plan.Where(t => t.Kind is TypeKind.Entity))
            {
                WriteEntitySet(json, type, random);
            }

            json.WriteEndObject();

            json.WriteStartObject("components");
            json.WriteStartObject("schemas");
            WriteEntityBase(json, plan);
            foreach (var type in plan)
            {
                json.WriteStartObject(Prefix + type.Name);
                switch (type.Kind)
                {
                    case TypeKind.Entity:
                        WriteDerived(json, type, Prefix + (type.Parent?.Name ?? "entity"), plan, random);
                        break;
                    case TypeKind.Complex:
                        WriteObjectBody(json, type, plan, random);
                        break;
                    case TypeKind.Enum:
                        WriteEnum(json, type, random);
                        break;
                    case TypeKind.Union:
                        WriteUnion(json, type, plan, random);
                        break;
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private enum TypeKind
    {
        Entity,
        Complex,
        Enum,
        Union,
    }

    private sealed record PlannedType(int Index, string Name, TypeKind Kind, PlannedType? Parent);

    /// <summary>Decides every type's name and kind first, so that properties can refer to types declared later too.</summary>
    private static List<PlannedType> Plan(int typeCount)
    {
        var random = new Random(7);
        var plan = new List<PlannedType>(typeCount);
        for (var i = 0; i < typeCount; i++)
        {
            var name = Words[random.Next(Words.Length)] + Capitalize(Words[random.Next(Words.Length)]) + i.ToString(CultureInfo.InvariantCulture);
            var kind = (i % 10) switch
            {
                < 5 => TypeKind.Entity,
                < 7 => TypeKind.Complex,
                < 9 => TypeKind.Enum,
                _ => TypeKind.Union,
            };

            // One entity in five extends an earlier entity rather than the base, as Graph's deeper hierarchies do.
            PlannedType? parent = null;
            if (kind == TypeKind.Entity && i % 5 == 4)
            {
                var earlier = plan.Where(t => t.Kind == TypeKind.Entity && t.Parent is null).ToList();
                parent = earlier.Count > 0 ? earlier[random.Next(earlier.Count)] : null;
            }

            plan.Add(new PlannedType(i, name, kind, parent));
        }

        return plan;
    }

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

    /// <summary>Graph's five operations on an entity set: list, create, get, update, delete.</summary>
    private static void WriteEntitySet(Utf8JsonWriter json, PlannedType type, Random random)
    {
        var reference = "#/components/schemas/" + Prefix + type.Name;
        var set = "/" + type.Name + "s";

        json.WriteStartObject(set);
        json.WriteStartObject("get");
        WriteOperationHead(json, "list" + Capitalize(type.Name), type, random);
        json.WriteStartArray("parameters");
        WriteQueryParameter(json, "$top", "integer", "int32", random);
        WriteQueryParameter(json, "$skip", "integer", "int32", random);
        WriteQueryParameter(json, "$filter", "string", null, random);
        WriteQueryParameter(json, "$search", "string", null, random);
        WriteQueryParameter(json, "$count", "boolean", null, random);
        json.WriteEndArray();
        json.WriteStartObject("responses");
        json.WriteStartObject("200");
        json.WriteString("description", "Retrieved collection");
        json.WriteStartObject("content");
        json.WriteStartObject("application/json");
        json.WriteStartObject("schema");
        // An inline collection response, which the generator names after the operation.
        json.WriteString("title", "Collection of " + type.Name);
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        json.WriteStartObject("value");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("$ref", reference);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("@odata.nextLink");
        json.WriteString("type", "string");
        json.WriteBoolean("nullable", true);
        json.WriteEndObject();
        json.WriteStartObject("@odata.count");
        json.WriteString("type", "integer");
        json.WriteString("format", "int64");
        json.WriteBoolean("nullable", true);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("post");
        WriteOperationHead(json, "create" + Capitalize(type.Name), type, random);
        WriteBody(json, reference);
        WriteResponse(json, "201", "Created entity", reference);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject(set + "/{" + type.Name + "-id}");
        json.WriteStartArray("parameters");
        json.WriteStartObject();
        json.WriteString("name", type.Name + "-id");
        json.WriteString("in", "path");
        json.WriteBoolean("required", true);
        json.WriteString("description", "The unique identifier of " + type.Name);
        json.WriteStartObject("schema");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("get");
        WriteOperationHead(json, "get" + Capitalize(type.Name), type, random);
        WriteResponse(json, "200", "Retrieved entity", reference);
        json.WriteEndObject();

        json.WriteStartObject("patch");
        WriteOperationHead(json, "update" + Capitalize(type.Name), type, random);
        WriteBody(json, reference);
        WriteResponse(json, "204", "Success", null);
        json.WriteEndObject();

        json.WriteStartObject("delete");
        WriteOperationHead(json, "delete" + Capitalize(type.Name), type, random);
        WriteResponse(json, "204", "Success", null);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteOperationHead(Utf8JsonWriter json, string operationId, PlannedType type, Random random)
    {
        json.WriteStartArray("tags");
        json.WriteStringValue(type.Name);
        json.WriteEndArray();
        json.WriteString("summary", Sentence(random, 3, 8));
        json.WriteString("description", Sentence(random, 10, 40));
        json.WriteString("operationId", operationId);
    }

    private static void WriteQueryParameter(Utf8JsonWriter json, string name, string type, string? format, Random random)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("in", "query");
        json.WriteString("description", Sentence(random, 4, 12));
        json.WriteStartObject("schema");
        json.WriteString("type", type);
        if (format is not null)
        {
            json.WriteString("format", format);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter json, string reference)
    {
        json.WriteStartObject("requestBody");
        json.WriteBoolean("required", true);
        json.WriteStartObject("content");
        json.WriteStartObject("application/json");
        json.WriteStartObject("schema");
        json.WriteString("$ref", reference);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResponse(Utf8JsonWriter json, string status, string description, string? reference)
    {
        json.WriteStartObject("responses");
        json.WriteStartObject(status);
        json.WriteString("description", description);
        if (reference is not null)
        {
            json.WriteStartObject("content");
            json.WriteStartObject("application/json");
            json.WriteStartObject("schema");
            json.WriteString("$ref", reference);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static PlannedType Pick(List<PlannedType> plan, Random random, params TypeKind[] kinds)
    {
        while (true)
        {
            var candidate = plan[random.Next(plan.Count)];
            if (kinds.Contains(candidate.Kind))
            {
                return candidate;
            }
        }
    }

    private static string Sentence(Random random, int minWords, int maxWords)
    {
        var count = minWords + random.Next(maxWords - minWords + 1);
        var builder = new StringBuilder(Capitalize(Words[random.Next(Words.Length)]));
        for (var w = 1; w < count; w++)
        {
            builder.Append(' ').Append(Words[random.Next(Words.Length)]);
        }

        return builder.Append('.').ToString();
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
