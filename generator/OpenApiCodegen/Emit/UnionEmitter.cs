using System.Collections.Generic;
using System.Linq;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;
using U = OpenApiCodegen.Naming.FixedNames.Union;

namespace OpenApiCodegen.Emit;

/// <summary>
/// Emits a union for a oneOf/anyOf without discriminator: one of its candidates, picked by the
/// JSON's shape when reading, or the raw JSON when no candidate fits (kept and written back).
/// </summary>
internal static class UnionEmitter
{
    private const string JsonElement = "global::System.Text.Json.JsonElement";

    public static string Emit(TypeEmission emission, UnionModel model)
    {
        var writer = GeneratedFile.Start(emission.SpecPath);
        var fullName = "global::" + emission.Namespace + "." + model.Name;
        using (writer.FileNamespace(emission.Namespace))
        {
            var candidates = string.Join(", ", model.Candidates.Select(c => See(c)));
            DocComments.Write(writer, model.Docs, "One of " + candidates + ".", new[] { "The candidate is chosen by the shape of the JSON; JSON that fits none is kept as it is." });
            DocComments.Obsolete(writer, model.Docs);
            writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + ValueCode.ConverterName(fullName) + "))]");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            using (writer.Block("public sealed partial class " + model.Name))
            {
                WriteBody(writer, model);
            }

            writer.Line();
            WriteConverter(writer, model, fullName);
        }

        return writer.ToString();
    }

    /// <summary>A cref for a generated or framework type; constructed generics cannot be crefs, so they are shown as code.</summary>
    private static string See(UnionCandidateModel candidate)
        => candidate.Type.Kind is TypeKind.List or TypeKind.Map
            ? "<c>" + DocComments.Escape(candidate.Type.CSharpName.Replace("global::", string.Empty)) + "</c>"
            : "<see cref=\"" + candidate.Type.CSharpName + "\"/>";

    private static void WriteBody(SourceWriter writer, UnionModel model)
    {
        writer.Line("/// <summary>The candidate's value, or null when <see cref=\"" + U.UnmatchedJson + "\"/> holds what was read.</summary>");
        writer.Line("internal readonly object? " + HelperNames.ValueField + ";");
        writer.Line("private readonly " + JsonElement + " " + HelperNames.UnmatchedField + ";");
        writer.Line();
        foreach (var candidate in model.Candidates)
        {
            var type = candidate.Type.CSharpName;
            writer.Line("/// <summary>Holds a " + See(candidate) + ".</summary>");
            writer.Line("public " + model.Name + "(" + type + " value) => " + HelperNames.ValueField + " = value;");
            writer.Line();
        }

        // The runtime marker keeps this signature apart from a candidate's constructor (a JsonElement candidate has one).
        writer.Line("private " + model.Name + "(" + JsonElement + " unmatched, " + ValueCode.Runtime + ".ConstructedBy constructedBy) => " + HelperNames.UnmatchedField + " = unmatched;");
        writer.Line();
        writer.Line("/// <summary>Wraps JSON that fits none of the candidates; it is written back as it is.</summary>");
        writer.Line("public static " + model.Name + " " + U.FromUnmatchedJson + "(" + JsonElement + " json) => new(json.Clone(), " + ValueCode.Runtime + ".ConstructedBy.JsonReader);");
        writer.Line();
        writer.Line("/// <summary>The JSON that fit none of the candidates, or null when a candidate holds the value.</summary>");
        writer.Line("public " + JsonElement + "? " + U.UnmatchedJson + " => " + HelperNames.ValueField + " is null ? " + HelperNames.UnmatchedField + " : null;");

        foreach (var candidate in model.Candidates)
        {
            var type = candidate.Type.CSharpName;
            writer.Line();
            writer.Line("/// <summary>Holds a " + See(candidate) + ".</summary>");
            writer.Line("public static implicit operator " + model.Name + "(" + type + " value) => new(value);");
            writer.Line();
            writer.Line("/// <summary>Whether the value is a " + See(candidate) + ".</summary>");
            writer.Line("public bool " + candidate.IsName + " => " + HelperNames.ValueField + " is " + type + ";");
            writer.Line();
            writer.Line("/// <summary>Gets the value when it is a " + See(candidate) + ".</summary>");
            var outType = candidate.Type.IsValueType ? type : type + "?";
            var notNull = candidate.Type.IsValueType ? string.Empty : "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ";
            using (writer.Block("public bool " + candidate.TryGetName + "(" + notNull + "out " + outType + " value)"))
            {
                using (writer.Block("if (" + HelperNames.ValueField + " is " + type + " candidate)"))
                {
                    writer.Line("value = candidate;");
                    writer.Line("return true;");
                }

                writer.Line();
                writer.Line("value = default;");
                writer.Line("return false;");
            }
        }

        writer.Line();
        WriteMatch(writer, model);
    }

    private static void WriteMatch(SourceWriter writer, UnionModel model)
    {
        var whenUnmatched = U.WhenUnmatched;
        var parameters = model.Candidates.Select(c => "global::System.Func<" + c.Type.CSharpName + ", TResult> " + c.WhenName).ToList();
        parameters.Add("global::System.Func<" + JsonElement + ", TResult> " + whenUnmatched);
        writer.Line("/// <summary>Calls the function for whichever candidate holds the value.</summary>");
        writer.Line("public TResult " + U.Match + "<TResult>(" + string.Join(", ", parameters) + ")");
        writer.Line("    => " + HelperNames.ValueField + " switch");
        writer.Line("    {");
        foreach (var index in model.TypeTestOrder)
        {
            var candidate = model.Candidates[index];
            writer.Line("        " + candidate.Type.CSharpName + " candidate => " + candidate.WhenName + "(candidate),");
        }

        writer.Line("        _ => " + whenUnmatched + "(" + HelperNames.UnmatchedField + "),");
        writer.Line("    };");
    }

    private static void WriteConverter(SourceWriter writer, UnionModel model, string fullName)
    {
        writer.Line("/// <summary>Reads <see cref=\"" + model.Name + "\"/> by picking the candidate whose shape fits the JSON best.</summary>");
        var converter = model.Name + FixedNames.ConverterSuffix;
        using (writer.Block("internal sealed class " + converter + " : " + ValueCode.Runtime + ".JsonCodec<" + fullName + ">"))
        {
            writer.Line("public static readonly " + converter + " Instance = new();");
            writer.Line();
            writer.Line("private static readonly " + ValueCode.Runtime + ".JsonShape[] Shapes =");
            writer.Line("{");
            writer.Indent();
            foreach (var candidate in model.Candidates)
            {
                writer.Line(ShapeExpression(candidate.Shape) + ",");
            }

            writer.Outdent();
            writer.Line("};");
            writer.Line();
            writer.Line("public override " + ValueCode.Runtime + ".JsonKind Kind => " + ValueCode.Runtime + ".JsonKind.Any;");
            writer.Line();
            using (writer.Block("public override " + fullName + " ReadValue(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options)"))
            {
                writer.Line("var json = " + ValueCode.Runtime + ".JsonRead.Json(ref reader, options);");
                using (writer.Block("switch (" + ValueCode.Runtime + ".JsonShape.BestMatch(Shapes, json))"))
                {
                    for (var i = 0; i < model.Candidates.Count; i++)
                    {
                        var candidate = model.Candidates[i];
                        var local = "candidate" + i;
                        writer.Line("case " + i + " when " + ValueCode.Codec(candidate.Type) + ".TryRead(json, options, out " + candidate.Type.CSharpName + " " + local + "):");
                        writer.Line("    return new " + fullName + "(" + local + ");");
                    }

                    writer.Line("default:");
                    writer.Line("    return " + fullName + "." + U.FromUnmatchedJson + "(json);");
                }
            }

            writer.Line();
            using (writer.Block("public override void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, " + fullName + " value, global::System.Text.Json.JsonSerializerOptions options)"))
            {
                using (writer.Block("switch (value." + HelperNames.ValueField + ")"))
                {
                    foreach (var i in model.TypeTestOrder)
                    {
                        var candidate = model.Candidates[i];
                        writer.Line("case " + candidate.Type.CSharpName + " candidate" + i + ":");
                        writer.Line("    " + ValueCode.Codec(candidate.Type) + ".WriteValue(writer, candidate" + i + ", options);");
                        writer.Line("    return;");
                    }

                    writer.Line("default:");
                    writer.Line("    " + ValueCode.Runtime + ".JsonWrite.Json(writer, value." + U.UnmatchedJson + " ?? default, options);");
                    writer.Line("    return;");
                }
            }
        }
    }

    private static string ShapeExpression(JsonShape shape)
    {
        static string Strings(EquatableArray<string> values)
            => values.Count == 0 ? "null" : "new[] { " + string.Join(", ", values.Select(CSharpLiteral.String)) + " }";

        return "new " + ValueCode.Runtime + ".JsonShape(" + ValueCode.Runtime + ".JsonShapeKind." + shape.Kind
            + ", required: " + Strings(shape.RequiredProperties)
            + ", known: " + Strings(shape.KnownProperties)
            + ", values: " + Strings(shape.EnumValues) + ")";
    }
}
