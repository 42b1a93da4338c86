using System.Collections.Generic;
using System.Linq;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Emit;

/// <summary>
/// Emits the JsonConverter of an object type: a property loop over <c>Utf8JsonReader</c> with
/// UTF-8 name literals, and a writer that writes declared properties, then whatever was kept.
/// </summary>
internal static class ObjectConverterEmitter
{
    private const string Reader = "ref global::System.Text.Json.Utf8JsonReader reader";
    private const string Options = "global::System.Text.Json.JsonSerializerOptions options";
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter writer";
    private const string JsonRead = ValueCode.Runtime + ".JsonRead";
    private const string JsonWrite = ValueCode.Runtime + ".JsonWrite";

    public static void Write(SourceWriter writer, ObjectModel model, string fullName)
    {
        var properties = model.AllProperties.ToList();
        var converter = model.Name + FixedNames.ConverterSuffix;
        writer.Line("/// <summary>Reads and writes <see cref=\"" + model.Name + "\"/> as JSON, without reflection.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        using (writer.Block("internal sealed class " + converter + " : global::System.Text.Json.Serialization.JsonConverter<" + fullName + ">"))
        {
            WriteDelegateFields(writer, properties);
            writer.Line("public override " + fullName + " Read(" + Reader + ", global::System.Type typeToConvert, " + Options + ")");
            writer.Line("    => ReadValue(ref reader, options);");
            writer.Line();
            writer.Line("public override void Write(" + Writer + ", " + fullName + " value, " + Options + ")");
            writer.Line("    => WriteValue(writer, value, options);");
            writer.Line();
            WriteReadValue(writer, model, fullName);
            writer.Line();
            WriteReadProperties(writer, model, fullName, properties);
            writer.Line();
            WriteWriteValue(writer, model, fullName);
            writer.Line();
            WriteWriteProperties(writer, model, fullName, properties);
            writer.Line();
            WriteWriteExplicitNulls(writer, fullName, properties);
            WriteIsWritten(writer, fullName, properties);
        }
    }

    private static void WriteDelegateFields(SourceWriter writer, List<PropertyModel> properties)
    {
        // Property names encoded once, so writing does not escape-check them on every call.
        foreach (var property in properties)
        {
            writer.Line("private static readonly global::System.Text.Json.JsonEncodedText " + EncodedName(property) + " = global::System.Text.Json.JsonEncodedText.Encode(" + CSharpLiteral.Utf8(property.JsonName) + ");");
        }

        if (properties.Count > 0)
        {
            writer.Line();
        }

        var composite = properties.Where(p => ValueCode.NeedsField(p.Type)).ToList();
        foreach (var property in composite)
        {
            var type = property.Type.CSharpName;
            writer.Line("private static readonly " + ValueCode.Runtime + ".JsonValueReader<" + type + "> " + HelperNames.ReaderField(property.Name) + " = " + ValueCode.Reader(property.Type) + ";");
            writer.Line("private static readonly " + ValueCode.Runtime + ".JsonValueWriter<" + type + "> " + HelperNames.WriterField(property.Name) + " = " + ValueCode.Writer(property.Type) + ";");
        }

        if (composite.Count > 0)
        {
            writer.Line();
        }
    }

    private static string EncodedName(PropertyModel property) => HelperNames.EncodedName(property.Name);

    /// <summary>
    /// The condition that reads a property's value into its local: a direct, non-throwing read for
    /// primitives and open enums, and the general TryValue (which survives a misfit deep inside) otherwise.
    /// </summary>
    private static string TryRead(PropertyModel property)
    {
        var local = "out var " + property.LocalName;
        var direct = property.Type.Kind switch
        {
            TypeKind.String => "TryString",
            TypeKind.Boolean => "TryBoolean",
            TypeKind.Int32 => "TryInt32",
            TypeKind.Int64 => "TryInt64",
            TypeKind.Double => "TryDouble",
            TypeKind.Float => "TryFloat",
            TypeKind.Decimal => "TryDecimal",
            TypeKind.Guid => "TryGuid",
            _ => null,
        };
        if (direct is not null)
        {
            return JsonRead + "." + direct + "(ref reader, " + local + ")";
        }

        if (property.Type.Kind == TypeKind.Named && property.Type.IsNamedValueType)
        {
            return "global::" + ValueCode.ConverterName(property.Type.NamedType!) + ".TryReadValue(ref reader, " + local + ")";
        }

        return JsonRead + ".TryValue(ref reader, options, " + Kind(property.Type) + ", " + ReaderFor(property) + ", " + local + ")";
    }

    /// <summary>Writes name and value: in one call for primitives (the name is pre-encoded), otherwise name then value.</summary>
    private static string[] WriteStatements(PropertyModel property, string access)
    {
        var name = EncodedName(property);
        return property.Type.Kind switch
        {
            TypeKind.String or TypeKind.Guid => new[] { "writer.WriteString(" + name + ", " + access + ");" },
            TypeKind.Boolean => new[] { "writer.WriteBoolean(" + name + ", " + access + ");" },
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Float or TypeKind.Decimal => new[] { "writer.WriteNumber(" + name + ", " + access + ");" },
            _ => new[] { "writer.WritePropertyName(" + name + ");", WriterFor(property) + "(writer, " + access + ", options);" },
        };
    }

    private static string ReaderFor(PropertyModel property)
        => ValueCode.NeedsField(property.Type) ? HelperNames.ReaderField(property.Name) : ValueCode.Reader(property.Type);

    private static string WriterFor(PropertyModel property)
        => ValueCode.NeedsField(property.Type) ? HelperNames.WriterField(property.Name) : ValueCode.Writer(property.Type);

    private static void WriteReadValue(SourceWriter writer, ObjectModel model, string fullName)
    {
        using (writer.Block("public static " + fullName + " ReadValue(" + Reader + ", " + Options + ")"))
        {
            if (model.Polymorphism is { } polymorphism && polymorphism.DerivedTypes.Count > 0)
            {
                writer.Line("// The discriminator picks the derived type; an unknown value reads as the base type, losing nothing.");
                using (writer.Block("switch (" + JsonRead + ".PeekDiscriminator(reader, " + CSharpLiteral.Utf8(polymorphism.PropertyJsonName) + "))"))
                {
                    foreach (var derived in polymorphism.DerivedTypes)
                    {
                        writer.Line("case " + CSharpLiteral.String(derived.DiscriminatorValue) + ":");
                        writer.Line("    return " + ValueCode.ConverterName(Sibling(fullName, derived.TypeName)) + ".ReadValue(ref reader, options);");
                    }
                }

                writer.Line();
            }

            writer.Line("var result = new " + fullName + "(" + ValueCode.Runtime + ".ConstructedBy.JsonReader);");
            writer.Line("ReadProperties(ref reader, result, options);");
            writer.Line("return result;");
        }
    }

    private static void WriteReadProperties(SourceWriter writer, ObjectModel model, string fullName, List<PropertyModel> properties)
    {
        using (writer.Block("internal static void ReadProperties(" + Reader + ", " + fullName + " result, " + Options + ")"))
        {
            writer.Line(JsonRead + ".ExpectStartObject(ref reader, " + CSharpLiteral.String(model.Name) + ");");
            using (writer.Block("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)"))
            {
                if (properties.Count > 0)
                {
                    // One hash finds the property; ValueTextEquals confirms it (and tells hash collisions apart).
                    using (writer.Block("switch (" + JsonRead + ".NameHash(ref reader))"))
                    {
                        for (var index = 0; index < properties.Count; index++)
                        {
                            var property = properties[index];
                            writer.Line("case " + NameHash.Hex(property.JsonName) + " when reader.ValueTextEquals(" + CSharpLiteral.Utf8(property.JsonName) + "):");
                            writer.Indent();
                            writer.Line("reader.Read();");
                            writer.Line("if (" + TryRead(property) + ") result." + property.Name + " = " + property.LocalName + ";");
                            if (IsAlwaysWritten(property))
                            {
                                // Written back either way (null, or the type's default): only a misfit needs keeping.
                                writer.Line("else if (reader.TokenType != global::System.Text.Json.JsonTokenType.Null) result." + FixedNames.Model.ExtensionData + "[" + CSharpLiteral.String(property.JsonName) + "] = " + JsonRead + ".Json(ref reader, options);");
                            }
                            else
                            {
                                // An explicit null is remembered (one bit), so writing the object back gives it again.
                                writer.Line("else if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) result." + HelperNames.ExplicitNullsField + ".Add(" + index + ");");
                                writer.Line("else result." + FixedNames.Model.ExtensionData + "[" + CSharpLiteral.String(property.JsonName) + "] = " + JsonRead + ".Json(ref reader, options);");
                            }

                            writer.Line("continue;");
                            writer.Outdent();
                        }
                    }

                    writer.Line();
                }

                writer.Line("var name = reader.GetString()!;");
                writer.Line("reader.Read();");
                if (model.AdditionalPropertiesType is { } additional)
                {
                    writer.Line("if (" + JsonRead + ".TryValue(ref reader, options, " + Kind(additional) + ", " + ValueCode.Reader(additional) + ", out var additional)) result." + model.AdditionalPropertiesName + "[name] = additional;");
                    writer.Line("else result." + FixedNames.Model.ExtensionData + "[name] = " + JsonRead + ".Json(ref reader, options);");
                }
                else
                {
                    writer.Line("result." + FixedNames.Model.ExtensionData + "[name] = " + JsonRead + ".Json(ref reader, options);");
                }
            }
        }
    }

    private static void WriteWriteValue(SourceWriter writer, ObjectModel model, string fullName)
    {
        using (writer.Block("public static void WriteValue(" + Writer + ", " + fullName + " value, " + Options + ")"))
        {
            if (model.Polymorphism is { } polymorphism && polymorphism.DerivedTypes.Count > 0)
            {
                using (writer.Block("switch (value)"))
                {
                    foreach (var derived in polymorphism.DerivedTypes)
                    {
                        var type = Sibling(fullName, derived.TypeName);
                        writer.Line("case " + type + " derived:");
                        writer.Line("    " + ValueCode.ConverterName(type) + ".WriteValue(writer, derived, options);");
                        writer.Line("    return;");
                    }
                }

                writer.Line();
            }

            writer.Line("writer.WriteStartObject();");
            writer.Line("WriteProperties(writer, value, options);");
            writer.Line("writer.WriteEndObject();");
        }
    }

    private static void WriteWriteProperties(SourceWriter writer, ObjectModel model, string fullName, List<PropertyModel> properties)
    {
        using (writer.Block("internal static void WriteProperties(" + Writer + ", " + fullName + " value, " + Options + ")"))
        {
            for (var index = 0; index < properties.Count; index++)
            {
                var property = properties[index];
                var access = "value." + property.Name;
                if (IsAlwaysWritten(property) && !property.AllowsNull)
                {
                    foreach (var statement in WriteStatements(property, access))
                    {
                        writer.Line(statement);
                    }
                }
                else
                {
                    var statements = WriteStatements(property, NonNullAccess(property, access));
                    if (statements.Length == 1)
                    {
                        writer.Line("if (" + HasValue(property, access) + ") " + statements[0]);
                    }
                    else
                    {
                        using (writer.Block("if (" + HasValue(property, access) + ")"))
                        {
                            foreach (var statement in statements)
                            {
                                writer.Line(statement);
                            }
                        }
                    }

                    if (IsAlwaysWritten(property))
                    {
                        writer.Line("else writer.WriteNull(" + EncodedName(property) + ");");
                    }
                }

                writer.Line();
            }

            if (CanBeExplicitNull(properties))
            {
                // Checked once here rather than for every absent property above: most objects have no explicit null.
                writer.Line("if (!value." + HelperNames.ExplicitNullsField + ".IsEmpty) WriteExplicitNulls(writer, value);");
                writer.Line();
            }

            if (model.AdditionalPropertiesType is { } additional)
            {
                using (writer.Block("foreach (var pair in value." + model.AdditionalPropertiesName + ")"))
                {
                    writer.Line("if (IsWritten(value, pair.Key)) continue;");
                    writer.Line("writer.WritePropertyName(pair.Key);");
                    writer.Line(ValueCode.Writer(additional) + "(writer, pair.Value, options);");
                }

                writer.Line();
            }

            writer.Line(JsonWrite + ".ExtensionData(writer, value." + HelperNames.ExtensionDataField + ", value, IsWritten);");
        }
    }

    /// <summary>Whether any property is written only when it has a value, so that an explicit null read for it must be remembered.</summary>
    private static bool CanBeExplicitNull(List<PropertyModel> properties) => properties.Any(p => !IsAlwaysWritten(p));

    /// <summary>The optional properties that were an explicit null when read and still have no value, written as null again.</summary>
    private static void WriteWriteExplicitNulls(SourceWriter writer, string fullName, List<PropertyModel> properties)
    {
        if (!CanBeExplicitNull(properties))
        {
            return;
        }

        writer.Line("/// <summary>The properties that were an explicit null in the JSON this was read from, and still have no value.</summary>");
        using (writer.Block("private static void WriteExplicitNulls(" + Writer + ", " + fullName + " value)"))
        {
            for (var index = 0; index < properties.Count; index++)
            {
                var property = properties[index];
                if (!IsAlwaysWritten(property))
                {
                    writer.Line("if (value." + HelperNames.ExplicitNullsField + ".Contains(" + index + ") && " + HasNoValue(property, "value." + property.Name) + ") writer.WriteNull(" + EncodedName(property) + ");");
                }
            }
        }

        writer.Line();
    }

    private static void WriteIsWritten(SourceWriter writer, string fullName, List<PropertyModel> properties)
    {
        writer.Line("/// <summary>Whether <see cref=\"WriteProperties\"/> wrote this declared property, so a kept value of the same name is not written twice.</summary>");
        if (properties.Count == 0)
        {
            writer.Line("private static bool IsWritten(" + fullName + " value, string jsonName) => false;");
            return;
        }

        writer.Line("private static bool IsWritten(" + fullName + " value, string jsonName) => jsonName switch");
        writer.Line("{");
        writer.Indent();
        for (var index = 0; index < properties.Count; index++)
        {
            var property = properties[index];
            var condition = IsAlwaysWritten(property) ? "true" : HasValue(property, "value." + property.Name) + " || value." + HelperNames.ExplicitNullsField + ".Contains(" + index + ")";
            writer.Line(CSharpLiteral.String(property.JsonName) + " => " + condition + ",");
        }

        writer.Line("_ => false,");
        writer.Outdent();
        writer.Line("};");
    }

    /// <summary>A type of the same namespace, fully qualified: an unqualified name could mean a member (JsonConverter.Type).</summary>
    private static string Sibling(string fullName, string typeName) => fullName.Substring(0, fullName.LastIndexOf('.') + 1) + typeName;

    /// <summary>
    /// Value types that cannot be null are always written; so is a required nullable property
    /// (null is a meaningful value there). Everything else is written only when it has a value.
    /// </summary>
    private static bool IsAlwaysWritten(PropertyModel property)
        => (!property.AllowsNull && property.Type.IsValueType && property.Type.Kind != TypeKind.Json)
           || (property.IsRequired && property.IsNullable && !property.IsReadOnly && !property.IsWriteOnly);

    /// <summary>
    /// When a property that is not always written has a value. A required JsonElement is a struct that
    /// cannot be null; "absent" is its default, Undefined, which must not be written as null.
    /// </summary>
    private static string HasValue(PropertyModel property, string access)
        => property.Type.Kind == TypeKind.Json && !property.AllowsNull
            ? access + ".ValueKind != global::System.Text.Json.JsonValueKind.Undefined"
            : access + " is not null";

    /// <summary>The negation of <see cref="HasValue"/>, written the way a person would.</summary>
    private static string HasNoValue(PropertyModel property, string access)
        => property.Type.Kind == TypeKind.Json && !property.AllowsNull
            ? access + ".ValueKind == global::System.Text.Json.JsonValueKind.Undefined"
            : access + " is null";

    /// <summary>The JSON token kind the value must start with, checked before reading so a misfit costs no exception.</summary>
    private static string Kind(TypeRef type) => ValueCode.Runtime + ".JsonKind." + (type.JsonKind switch
    {
        JsonShapeKind.Integer => "Number",
        var kind => kind.ToString(),
    });

    private static string NonNullAccess(PropertyModel property, string access)
        => property.AllowsNull && property.Type.IsValueType ? access + ".Value" : access;
}
