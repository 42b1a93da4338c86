using System.Collections.Generic;
using System.Linq;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Emit;

/// <summary>Emits a class for an object schema and its reflection-free JSON converter, in one file.</summary>
internal static class ObjectEmitter
{
    private const string Json = "global::System.Text.Json";
    private const string ExtensionDataType = "global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>";

    public static string Emit(TypeEmission emission, ObjectModel model)
    {
        var writer = GeneratedFile.Start(emission.SpecPath);
        var fullName = "global::" + emission.Namespace + "." + model.Name;
        using (writer.FileNamespace(emission.Namespace))
        {
            WriteClass(writer, model, fullName);
            writer.Line();
            ObjectConverterEmitter.Write(writer, model, fullName);
        }

        return writer.ToString();
    }

    private static void WriteClass(SourceWriter writer, ObjectModel model, string fullName)
    {
        DocComments.Write(writer, model.Docs, "The <c>" + model.Name + "</c> schema.");
        DocComments.Obsolete(writer, model.Docs);
        writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + ValueCode.ConverterName(fullName) + "))]");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        var baseClause = model.BaseTypeName is null ? string.Empty : " : global::" + model.BaseTypeName;
        using (writer.Block("public partial class " + model.Name + baseClause))
        {
            WriteConstructors(writer, model);
            foreach (var property in model.Properties)
            {
                writer.Line();
                WriteProperty(writer, property);
            }

            if (model.AdditionalPropertiesType is { } additional)
            {
                writer.Line();
                writer.Line("/// <summary>Properties beyond the declared ones, as the schema's <c>additionalProperties</c> allows.</summary>");
                writer.Line("public global::System.Collections.Generic.IDictionary<string, " + additional.CSharpName + "> " + model.AdditionalPropertiesName + " { get; } = new global::System.Collections.Generic.Dictionary<string, " + additional.CSharpName + ">();");
            }

            if (model.BaseTypeName is null)
            {
                writer.Line();
                WriteExtensionData(writer);
            }
        }
    }

    /// <summary>
    /// Whether the type has a constructor for the JSON reader: only when its public one would set something the JSON did
    /// not say (a default, a discriminator value) or required members are to be read, not set by a caller. Inherited
    /// properties count, so a type without one never derives from a type with one. A discriminator value is assigned
    /// only to a type that inherits the discriminator property, so the properties alone decide.
    /// </summary>
    public static bool HasReaderConstructor(ObjectModel model) => NeedReaderConstructor(model.AllProperties);

    /// <summary>Whether the base type has a reader constructor to chain to: its properties are the inherited ones.</summary>
    private static bool BaseHasReaderConstructor(ObjectModel model)
        => model.BaseTypeName is not null && NeedReaderConstructor(model.InheritedProperties);

    private static bool NeedReaderConstructor(IEnumerable<PropertyModel> properties)
        => properties.Any(p => p.DefaultValue is not null || p.IsDiscriminator || p.IsRequiredForCaller);

    private static void WriteConstructors(SourceWriter writer, ObjectModel model)
    {
        var defaults = model.Properties.Where(p => p.DefaultValue is not null).ToList();
        if (model.Discriminator is null && defaults.Count == 0)
        {
            // Declared, not implicit: a constructor added in a partial part of the class would otherwise remove it.
            writer.Line("/// <summary>Creates an instance to fill in.</summary>");
            writer.Line("public " + model.Name + "() { }");
        }
        else
        {
            writer.Line("/// <summary>Creates an instance to fill in; properties with a default in the spec start with it.</summary>");
            using (writer.Block("public " + model.Name + "()"))
            {
                if (model.Discriminator is { } discriminator)
                {
                    writer.Line(discriminator.PropertyName + " = " + DiscriminatorLiteral(discriminator) + ";");
                }

                foreach (var property in defaults)
                {
                    writer.Line(property.Name + " = " + property.DefaultValue + ";");
                }
            }
        }

        if (!HasReaderConstructor(model))
        {
            return;
        }

        // Required members (own or inherited) stay unset until the reader finds them: the constructor says it sets them.
        var hasRequired = model.AllProperties.Any(p => p.IsRequiredForCaller);
        writer.Line();
        writer.Line("/// <summary>For the JSON reader: no defaults or required members, so what was read is what is written back.</summary>");
        if (hasRequired)
        {
            writer.Line("#pragma warning disable CS8618 // required properties stay unset until the reader finds them");
            writer.Line("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
        }

        var chain = BaseHasReaderConstructor(model) ? " : base(constructedBy)" : string.Empty;
        using (writer.Block("internal " + model.Name + "(global::OpenApiCodegen.Runtime.ConstructedBy constructedBy)" + chain))
        {
        }

        if (hasRequired)
        {
            writer.Line("#pragma warning restore CS8618");
        }
    }

    private static string DiscriminatorLiteral(DiscriminatorAssignment discriminator)
        => discriminator.PropertyType.Kind == TypeKind.Named
            ? "new " + discriminator.PropertyType.CSharpName + "(" + CSharpLiteral.String(discriminator.Value) + ")"
            : CSharpLiteral.String(discriminator.Value);

    private static void WriteProperty(SourceWriter writer, PropertyModel property)
    {
        var remarks = new List<string>();
        if (property.IsReadOnly)
        {
            remarks.Add("Read-only: set by the API in responses; never needed in a request.");
        }

        if (property.IsWriteOnly)
        {
            remarks.Add("Write-only: sent in requests; responses do not carry it.");
        }

        if (property.IsConstant)
        {
            remarks.Add("Starts as <c>" + DocComments.Escape(property.DefaultValue!) + "</c> in a new instance: the only value the spec allows.");
        }
        else if (property.DefaultValue is not null)
        {
            remarks.Add("Starts as <c>" + DocComments.Escape(property.DefaultValue) + "</c> in a new instance, the spec's default.");
        }

        DocComments.Write(writer, property.Docs, "The <c>" + DocComments.Escape(property.JsonName) + "</c> property.", remarks);
        DocComments.Obsolete(writer, property.Docs);
        var type = property.Type.CSharpNameWithNullability(property.AllowsNull);
        var required = property.IsRequiredForCaller ? "required " : string.Empty;
        var initializer = !property.AllowsNull && !property.Type.IsValueType && !property.IsRequiredForCaller ? " = default!;" : string.Empty;
        writer.Line("public " + required + type + " " + property.Name + " { get; set; }" + initializer);
    }

    private static void WriteExtensionData(SourceWriter writer)
    {
        writer.Line("/// <summary>JSON properties the schema does not declare or whose value did not fit, written back unchanged.</summary>");
        writer.Line("public " + ExtensionDataType + " " + FixedNames.Model.ExtensionData + " => " + HelperNames.KeptField + ".ExtensionData;");
        writer.Line("internal global::OpenApiCodegen.Runtime.JsonKept " + HelperNames.KeptField + "; // what the converter keeps: ExtensionData and explicit nulls");
    }
}
