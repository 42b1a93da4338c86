using System.Collections.Generic;
using System.Linq;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Emit;

/// <summary>
/// Emits the JsonConverter of an object type: the JSON names of its properties, and one line per property
/// to read it and one to write it. The loop, the name lookup and the keeping of what does not fit are the
/// runtime's <c>ObjectConverter</c>: compiling a model costs little more than compiling its properties.
/// A derived type's converter names only the properties the type adds: the inherited ones keep their indexes and
/// are read and written by the base type's converter.
/// </summary>
internal static class ObjectConverterEmitter
{
    private const string Runtime = ValueCode.Runtime;
    private const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";

    public static void Write(SourceWriter writer, ObjectModel model, string fullName)
    {
        var inherited = Inherited.Of(model);
        var properties = model.AllProperties.ToList();
        var converter = model.Name + FixedNames.ConverterSuffix;
        writer.Line("/// <summary>Reads and writes <see cref=\"" + model.Name + "\"/> as JSON, without reflection.</summary>");
        using (writer.Block("internal sealed class " + converter + " : " + Runtime + ".ObjectConverter<" + fullName + ">"))
        {
            writer.Line("public static readonly " + converter + " Instance = new();");
            writer.Line();
            WriteConstructor(writer, converter, properties, inherited);
            writer.Line();
            var arguments = ObjectEmitter.HasReaderConstructor(model) ? Runtime + ".ConstructedBy.JsonReader" : string.Empty;
            writer.Line("protected override " + fullName + " Create() => new(" + arguments + ");");
            writer.Line();
            writer.Line("protected override ref " + Runtime + ".JsonKept Kept(" + fullName + " value) => ref value." + HelperNames.KeptField + ";");
            if (model.Polymorphism is { } polymorphism && polymorphism.DerivedTypes.Count > 0)
            {
                writer.Line();
                WritePolymorphism(writer, polymorphism, fullName);
            }

            writer.Line();
            WriteRead(writer, fullName, properties, inherited);
            writer.Line();
            WriteWrite(writer, fullName, properties, inherited);
            if (model.AdditionalPropertiesType is { } additional)
            {
                writer.Line();
                WriteOthers(writer, model, fullName, additional);
            }
        }
    }

    private static void WriteConstructor(SourceWriter writer, string converter, List<PropertyModel> properties, Inherited inherited)
    {
        writer.Line("public " + converter + "()");
        var first = inherited.Count;
        if (inherited.Converter is not null)
        {
            var names = inherited.Converter + ".Instance.Names";
            writer.Line("    : base(" + names + (first == properties.Count ? ")" : ","));
        }
        else if (properties.Count == 0)
        {
            writer.Line("    : base(global::System.Array.Empty<string>())");
        }
        else
        {
            writer.Line("    : base(");
        }

        writer.Indent();
        writer.Indent();
        for (var index = first; index < properties.Count; index++)
        {
            var last = index == properties.Count - 1;
            writer.Line(CSharpLiteral.String(properties[index].JsonName) + (last ? ")" : ","));
        }

        writer.Outdent();
        writer.Outdent();
        writer.Line("{");
        writer.Line("}");
    }

    /// <summary>The discriminator picks the derived type; an unknown value reads as the base type, losing nothing.</summary>
    private static void WritePolymorphism(SourceWriter writer, PolymorphismModel polymorphism, string fullName)
    {
        var json = "global::System.Text.Json";
        using (writer.Block("public override " + fullName + " ReadValue(ref " + json + ".Utf8JsonReader reader, " + json + ".JsonSerializerOptions options)"))
        {
            using (writer.Block("switch (Discriminator(reader, " + CSharpLiteral.Utf8(polymorphism.PropertyJsonName) + "))"))
            {
                foreach (var derived in polymorphism.DerivedTypes)
                {
                    writer.Line("case " + CSharpLiteral.String(derived.DiscriminatorValue) + ":");
                    writer.Line("    return " + derived.TypeName + FixedNames.ConverterSuffix + ".Instance.ReadValue(ref reader, options);");
                }

                writer.Line("default:");
                writer.Line("    return base.ReadValue(ref reader, options);");
            }
        }

        writer.Line();
        using (writer.Block("public override void WriteValue(" + json + ".Utf8JsonWriter writer, " + fullName + " value, " + json + ".JsonSerializerOptions options)"))
        {
            using (writer.Block("switch (value)"))
            {
                foreach (var derived in polymorphism.DerivedTypes)
                {
                    writer.Line("case " + Sibling(fullName, derived.TypeName) + " derived:");
                    writer.Line("    " + derived.TypeName + FixedNames.ConverterSuffix + ".Instance.WriteValue(writer, derived, options);");
                    writer.Line("    return;");
                }

                writer.Line("default:");
                writer.Line("    base.WriteValue(writer, value, options);");
                writer.Line("    return;");
            }
        }
    }

    private static void WriteRead(SourceWriter writer, string fullName, List<PropertyModel> properties, Inherited inherited)
    {
        var header = "protected override void ReadProperty(ref " + Utf8JsonReader + " reader, ref " + Runtime + ".JsonPropertyReader read, " + fullName + " value)";
        var readInherited = inherited.Converter + ".Instance.ReadInherited(ref reader, ref read, value);";
        if (inherited.Converter is not null && inherited.Count == properties.Count)
        {
            writer.Line(header);
            writer.Line("    => " + readInherited);
            return;
        }

        using (writer.Block(header))
        {
            if (properties.Count == 0)
            {
                return;
            }

            using (writer.Block("switch (read.Index)"))
            {
                for (var index = inherited.Count; index < properties.Count; index++)
                {
                    var property = properties[index];
                    writer.Line("case " + index + ": value." + property.Name + " = " + ReadExpression(property) + "; break;");
                }

                if (inherited.Converter is not null)
                {
                    writer.Line("default: " + readInherited + " break;");
                }
            }
        }
    }

    private static void WriteWrite(SourceWriter writer, string fullName, List<PropertyModel> properties, Inherited inherited)
    {
        using (writer.Block("protected override void WriteProperties(ref " + Runtime + ".JsonPropertyWriter write, " + fullName + " value)"))
        {
            if (inherited.Converter is not null)
            {
                writer.Line(inherited.Converter + ".Instance.WriteInherited(ref write, value);");
            }

            for (var index = inherited.Count; index < properties.Count; index++)
            {
                writer.Line(WriteStatement(properties[index], index));
            }
        }
    }

    private static void WriteOthers(SourceWriter writer, ObjectModel model, string fullName, TypeRef additional)
    {
        writer.Line("protected override bool HasOtherProperties => true;");
        writer.Line();
        using (writer.Block("protected override void ReadOther(ref " + Utf8JsonReader + " reader, ref " + Runtime + ".JsonPropertyReader read, " + fullName + " value, string name)"))
        {
            writer.Line("if (read.TryRead(ref reader, " + ValueCode.Codec(additional) + ", out var other)) value." + model.AdditionalPropertiesName + "[name] = other;");
            writer.Line("else read.Keep(ref reader, name);");
        }

        writer.Line();
        writer.Line("protected override void WriteOthers(ref " + Runtime + ".JsonPropertyWriter write, " + fullName + " value)");
        writer.Line("    => write.Others(value." + model.AdditionalPropertiesName + ", " + ValueCode.Codec(additional) + ");");
    }

    /// <summary>
    /// The read of a property's value, null when absent or misfit: a direct read for primitives, the
    /// type's codec otherwise; adapted to a property that cannot be null.
    /// </summary>
    private static string ReadExpression(PropertyModel property)
    {
        var type = property.Type;
        var read = DirectKind(type) is { } direct
            ? "read." + direct + "(ref reader)"
            : type.Kind == TypeKind.Json
                ? "read.Json(ref reader)"
                : "read." + (type.IsValueType ? "Struct" : "Class") + "(ref reader, " + ValueCode.Codec(type) + ")";
        if (property.AllowsNull)
        {
            return read;
        }

        return type.IsValueType ? read + ".GetValueOrDefault()" : read + "!";
    }

    /// <summary>One call that writes the name and the value, when there is a value to write (or null is the value).</summary>
    private static string WriteStatement(PropertyModel property, int index)
    {
        var type = property.Type;
        var access = "value." + property.Name;
        var arguments = DirectKind(type) is { } direct
            ? direct + "(" + index + ", " + access
            : type.Kind == TypeKind.Json
                ? "Json(" + index + ", " + access
                : (type.IsValueType ? "Struct" : "Class") + "(" + index + ", " + access + ", " + ValueCode.Codec(type);
        if (WritesNull(property))
        {
            return "write." + arguments + ", writeNull: true);";
        }

        // Most optional properties are absent: tested here, so that a large object costs no call per absent property.
        return property.AllowsNull ? "if (" + access + " is not null) write." + arguments + ");" : "write." + arguments + ");";
    }

    /// <summary>The primitives the property reader and writer handle without a codec.</summary>
    private static string? DirectKind(TypeRef type) => type.Kind switch
    {
        TypeKind.String or TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double
            or TypeKind.Float or TypeKind.Decimal or TypeKind.Guid => type.Kind.ToString(),
        _ => null,
    };

    /// <summary>A required nullable property: null is its value, written as such (absent would be a different answer).</summary>
    private static bool WritesNull(PropertyModel property)
        => property.IsRequired && property.IsNullable && !property.IsReadOnly && !property.IsWriteOnly;

    /// <summary>A type of the same namespace, fully qualified: an unqualified name could mean a member (JsonConverter.Type).</summary>
    private static string Sibling(string fullName, string typeName) => fullName.Substring(0, fullName.LastIndexOf('.') + 1) + typeName;

    /// <summary>
    /// The base type's converter and how many properties it reads and writes for a derived type (the first ones, in the
    /// same order: a derived model's inherited properties are its base's); none for a type without a base.
    /// </summary>
    private readonly struct Inherited
    {
        private Inherited(string? converter, int count)
        {
            Converter = converter;
            Count = count;
        }

        public string? Converter { get; }

        public int Count { get; }

        public static Inherited Of(ObjectModel model)
            => model.BaseTypeName is { } baseType && model.InheritedProperties.Count > 0
                ? new Inherited("global::" + baseType + FixedNames.ConverterSuffix, model.InheritedProperties.Count)
                : default;
    }
}
