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
internal static partial class SyntheticSpec
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
