using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;
using E = OpenApiCodegen.Naming.FixedNames.Enum;

namespace OpenApiCodegen.Emit;

/// <summary>
/// Emits an open enum: a readonly struct with the known values as static members. A value the
/// spec does not list reads fine, is kept, and is written back; <c>IsKnown</c> tells them apart.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(TypeEmission emission, EnumModel model)
    {
        var writer = GeneratedFile.Start(emission.SpecPath);
        var fullName = "global::" + emission.Namespace + "." + model.Name;
        var valueType = !model.IsInteger ? "string" : model.IsInt64 ? "long" : "int";
        using (writer.FileNamespace(emission.Namespace))
        {
            DocComments.Write(writer, model.Docs, "The values of <c>" + model.Name + "</c>.",
                new[] { "An open enum: values the spec does not list are kept as they are (see IsKnown) rather than failing." });
            DocComments.Obsolete(writer, model.Docs);
            writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + ValueCode.ConverterName(fullName) + "))]");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            using (writer.Block("public readonly partial struct " + model.Name + " : global::System.IEquatable<" + fullName + ">"))
            {
                WriteMembers(writer, model, valueType);
                writer.Line();
                WriteValueMembers(writer, model, fullName, valueType);
            }

            writer.Line();
            WriteConverter(writer, model, fullName);
        }

        return writer.ToString();
    }

    private static void WriteMembers(SourceWriter writer, EnumModel model, string valueType)
    {
        foreach (var member in model.Members)
        {
            var literal = model.IsInteger ? member.Value + (valueType == "long" ? "L" : string.Empty) : CSharpLiteral.String(member.Value);
            DocComments.WriteXml(writer, "summary", member.Description is not null
                ? DocComments.Escape(member.Description)
                : model.IsInteger ? "The value " + member.Value + "." : "The value <c>" + DocComments.Escape(member.Value) + "</c>.");
            writer.Line("public static " + model.Name + " " + member.Name + " { get; } = new(" + literal + ");");
            writer.Line();
        }

        writer.Line("/// <summary>Every value the spec lists, in its order.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + model.Name + "> " + E.KnownValues + " { get; } = new " + model.Name + "[]");
        writer.Line("{");
        writer.Indent();
        foreach (var member in model.Members)
        {
            writer.Line(member.Name + ",");
        }

        writer.Outdent();
        writer.Line("};");
    }

    private static void WriteValueMembers(SourceWriter writer, EnumModel model, string fullName, string valueType)
    {
        var isString = !model.IsInteger;
        writer.Line("private readonly " + (isString ? "string?" : valueType) + " " + HelperNames.ValueField + ";");
        writer.Line();
        writer.Line("/// <summary>Wraps any value, listed in the spec or not.</summary>");
        using (writer.Block("public " + model.Name + "(" + valueType + " value)"))
        {
            writer.Line(HelperNames.ValueField + " = value;");
        }

        writer.Line();
        writer.Line("/// <summary>The value as it appears in JSON.</summary>");
        writer.Line("public " + valueType + " " + E.Value + " => " + HelperNames.ValueField + (isString ? " ?? string.Empty;" : ";"));
        writer.Line();
        writer.Line("/// <summary>Whether the value is one the spec lists; false for a value the API added since.</summary>");
        if (model.Members.Count == 0)
        {
            writer.Line("public bool " + E.IsKnown + " => false;");
        }
        else
        {
            writer.Line("public bool " + E.IsKnown + " => " + E.Value + " switch");
            writer.Line("{");
            writer.Indent();
            var literals = new System.Collections.Generic.List<string>();
            foreach (var member in model.Members)
            {
                literals.Add(isString ? CSharpLiteral.String(member.Value) : member.Value);
            }

            writer.Line(string.Join(" or ", literals) + " => true,");
            writer.Line("_ => false,");
            writer.Outdent();
            writer.Line("};");
        }

        writer.Line();
        writer.Line("/// <summary>Wraps a value as it appears in JSON.</summary>");
        writer.Line("public static implicit operator " + model.Name + "(" + valueType + " value) => new(value);");
        writer.Line();
        writer.Line("/// <summary>Whether two values are the same (ordinal comparison).</summary>");
        writer.Line("public static bool operator ==(" + model.Name + " left, " + model.Name + " right) => left.Equals(right);");
        writer.Line();
        writer.Line("/// <summary>Whether two values differ (ordinal comparison).</summary>");
        writer.Line("public static bool operator !=(" + model.Name + " left, " + model.Name + " right) => !left.Equals(right);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line(isString
            ? "public bool Equals(" + model.Name + " other) => string.Equals(" + E.Value + ", other." + E.Value + ", global::System.StringComparison.Ordinal);"
            : "public bool Equals(" + model.Name + " other) => " + E.Value + " == other." + E.Value + ";");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override bool Equals(object? obj) => obj is " + model.Name + " other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line(isString
            ? "public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(" + E.Value + ");"
            : "public override int GetHashCode() => " + E.Value + ".GetHashCode();");
        writer.Line();
        writer.Line("/// <summary>The value as it appears in JSON.</summary>");
        writer.Line(isString
            ? "public override string ToString() => " + E.Value + ";"
            : "public override string ToString() => " + E.Value + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
    }

    private static void WriteConverter(SourceWriter writer, EnumModel model, string fullName)
    {
        var converter = model.Name + FixedNames.ConverterSuffix;
        var baseClass = model.IsInteger ? "IntegerEnumCodec" : "StringEnumCodec";
        var valueType = model.IsInteger ? "long" : "string";
        writer.Line("/// <summary>Reads and writes <see cref=\"" + model.Name + "\"/> as its JSON value.</summary>");
        using (writer.Block("internal sealed class " + converter + " : " + ValueCode.Runtime + "." + baseClass + "<" + fullName + ">"))
        {
            writer.Line("public static readonly " + converter + " Instance = new();");
            writer.Line();
            if (model.IsInt64)
            {
                writer.Line("protected override bool IsInt64 => true;");
                writer.Line();
            }

            var create = model.IsInteger && !model.IsInt64 ? "new((int)value)" : "new(value)";
            writer.Line("protected override " + fullName + " Create(" + valueType + " value) => " + create + ";");
            writer.Line();
            writer.Line("protected override " + valueType + " ValueOf(" + fullName + " value) => value." + E.Value + ";");
        }
    }
}
