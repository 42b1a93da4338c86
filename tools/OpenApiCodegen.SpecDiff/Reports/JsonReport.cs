using System.Text;
using System.Text.Json;
using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.Reports;

/// <summary>
/// The whole diff as JSON: the two files, counts per level, and each change with its rule id,
/// level, C# symbols, message parts and locations (pointer and line) in both specs.
/// Written by hand with <see cref="Utf8JsonWriter"/>: a stable shape, no reflection.
/// </summary>
internal static class JsonReport
{
    public static string Render(DiffResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("old", result.OldPath);
            json.WriteString("new", result.NewPath);
            json.WriteStartObject("summary");
            json.WriteNumber("breaking", result.Count(ChangeLevel.Breaking));
            json.WriteNumber("potentiallyBreaking", result.Count(ChangeLevel.PotentiallyBreaking));
            json.WriteNumber("nullableWarning", result.Count(ChangeLevel.Warning));
            json.WriteNumber("nonBreaking", result.Count(ChangeLevel.NonBreaking));
            json.WriteEndObject();
            json.WriteStartArray("changes");
            foreach (var change in result.Changes)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", change.RuleId);
                json.WriteString("level", change.Level.ToString());
                // "csharp": read from the two compiled public APIs; "wire": from the two specs.
                json.WriteString("scope", change.Rule.IsCSharp() ? "csharp" : "wire");
                json.WriteStartArray("symbols");
                foreach (var symbol in change.Symbols)
                {
                    json.WriteStringValue(symbol);
                }

                json.WriteEndArray();
                json.WriteString("effect", change.Effect);
                json.WriteString("detail", change.Detail);
                json.WriteString("message", change.Message);
                WriteLocation(json, "oldLocation", change.Old);
                WriteLocation(json, "newLocation", change.New);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in result.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteLocation(Utf8JsonWriter json, string name, ChangeLocation? location)
    {
        if (location is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("pointer", location.Pointer);
        if (location.Line is { } line)
        {
            json.WriteNumber("line", line);
        }
        else
        {
            json.WriteNull("line");
        }

        json.WriteEndObject();
    }
}
