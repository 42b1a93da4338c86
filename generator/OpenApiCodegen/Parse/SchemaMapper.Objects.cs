using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiCodegen.Diagnostics;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Parse;

internal sealed partial class SchemaMapper
{
    private ObjectModel BuildObject(string name, IOpenApiSchema schema, string pointer, string? componentKey)
    {
        var (baseModel, basePart) = FindBase(schema, componentKey);

        var collector = Collect(schema, pointer, name, skipPart: basePart);
        // A discriminated base keeps its candidates as subtypes unless a property's type differs; any other base is
        // dropped also when the schema refines an inherited property (makes it required, nullable, read-only...).
        var refinementsFlatten = componentKey is null || !_forcedBases.ContainsKey(componentKey);
        if (baseModel is not null && ConflictsWithBase(collector, baseModel, refinementsFlatten))
        {
            // What inheritance cannot express: flatten.
            baseModel = null;
            collector = Collect(schema, pointer, name, skipPart: null);
        }

        var inherited = baseModel?.AllProperties.ToList() ?? new List<PropertyModel>();
        var memberNames = new NameScope(FixedNames.Model.Reserved.Concat(inherited.Select(p => p.Name)).Concat(new[] { name }));

        // The dictionary of additional properties is a generated member: it keeps its name, a spec property is renamed.
        var additionalName = collector.AdditionalProperties is null ? null : memberNames.Claim(FixedNames.Model.AdditionalProperties);
        var polymorphism = componentKey is not null && _polymorphicBases.TryGetValue(componentKey, out var derived) ? derived : null;

        var properties = new List<PropertyModel>();
        foreach (var jsonName in collector.Order)
        {
            if (inherited.Any(p => p.JsonName == jsonName))
            {
                continue;
            }

            var property = BuildProperty(name, jsonName, collector, memberNames);
            if (polymorphism is not null && jsonName == polymorphism.PropertyName)
            {
                property = property with { IsDiscriminator = true };
            }

            properties.Add(property);
        }

        if (polymorphism is not null && !collector.Contains(polymorphism.PropertyName) && inherited.All(p => p.JsonName != polymorphism.PropertyName))
        {
            // The discriminator is not declared as a property; the class still needs to carry it.
            properties.Insert(0, new PropertyModel(
                polymorphism.PropertyName, ClaimMemberName(memberNames, name, polymorphism.PropertyName, pointer), TypeRef.String,
                IsRequired: true, IsNullable: false, IsReadOnly: false, IsWriteOnly: false, DefaultValue: null, IsDiscriminator: true,
                new Documentation("Tells which derived type this object is.", null, false, pointer + "/discriminator"), LocalName: string.Empty));
        }

        TypeRef? additional = null;
        if (collector.AdditionalProperties is { } extra)
        {
            additional = Resolve(extra.Schema, extra.OwnerHint + "_value", extra.Pointer);
        }

        return new ObjectModel(
            name,
            DocText.For(schema, pointer),
            WithLocals(properties, inherited).ToEquatableArray(),
            baseModel is null ? null : _namespace + "." + baseModel.Name,
            inherited.ToEquatableArray(),
            additional,
            additionalName,
            polymorphism is null ? null : BuildPolymorphism(polymorphism),
            baseModel is null ? null : DiscriminatorFor(componentKey, baseModel));
    }

    /// <summary>
    /// The locals a converter reads each property into, claimed beside the reader's own parameters and the
    /// inherited properties' locals (a derived converter reads those too): <c>appId</c>, <c>@event</c>.
    /// </summary>
    private static IEnumerable<PropertyModel> WithLocals(List<PropertyModel> properties, List<PropertyModel> inherited)
    {
        var locals = new NameScope(FixedNames.ReaderLocals.Concat(inherited.Select(p => p.LocalName)));
        return properties.Select(p => p with { LocalName = locals.Claim(Identifiers.ToLocal(p.Name)) }).ToList();
    }

    private PropertyModel BuildProperty(string typeName, string jsonName, PropertyCollector collector, NameScope memberNames)
    {
        var declarations = collector.DeclarationsOf(jsonName);
        var first = declarations[0];
        var type = Resolve(first.Schema, InlineNames.Member(first.OwnerHint, jsonName), first.Pointer);
        foreach (var other in declarations.Skip(1))
        {
            var otherType = Resolve(other.Schema, InlineNames.Member(other.OwnerHint, jsonName), other.Pointer);
            if (otherType == type)
            {
                continue;
            }

            var widened = TypeWidening.Widen(type, otherType);
            _diagnostics.Report(DiagnosticDescriptors.ConflictingAllOf, other.Pointer,
                typeName, jsonName, TypeWidening.Describe(type), TypeWidening.Describe(otherType), TypeWidening.Describe(widened));
            type = widened;
        }

        var described = declarations.LastOrDefault(d => d.Schema.Description is not null) ?? first;
        var defaulted = declarations.FirstOrDefault(d => d.Schema.Default is not null);
        var isRequired = collector.Required.Contains(jsonName);
        // Only an enum is built now (its default is written as one of its members, and a required one with a single
        // value is set by the constructor); building any other referenced type here would walk the whole graph of
        // references depth first.
        var enumModel = (defaulted is not null || isRequired) && type is { Kind: TypeKind.Named, IsNamedValueType: true } ? EnsureBuilt(ShortName(type)) as EnumModel : null;
        var constant = isRequired && enumModel is { Members.Count: 1 } single
            ? DefaultValues.ToExpression(System.Text.Json.Nodes.JsonValue.Create(single.Members[0].Value), type, enumModel)
            : null;
        var isNullable = declarations.Any(d => SchemaShapes.IsNullable(d.Schema));
        var docs = DocText.For(described.Schema, first.Pointer) with { Deprecated = declarations.Any(d => d.Schema.Deprecated) };

        return new PropertyModel(
            jsonName,
            ClaimMemberName(memberNames, typeName, jsonName, first.Pointer),
            type,
            IsRequired: isRequired,
            IsNullable: isNullable,
            IsReadOnly: declarations.Any(d => d.Schema.ReadOnly),
            IsWriteOnly: declarations.Any(d => d.Schema.WriteOnly),
            DefaultValue: constant ?? (defaulted is null ? null : DefaultValues.ToExpression(defaulted.Schema.Default, type, enumModel)),
            IsDiscriminator: false,
            docs,
            LocalName: string.Empty,
            IsConstant: constant is not null && !isNullable);
    }

    private string ClaimMemberName(NameScope memberNames, string typeName, string jsonName, string pointer)
    {
        var converted = Identifiers.ToPascalCase(jsonName);

        // A member may not share its class's name (Operator.operator): that is a collision too, with the class.
        var desired = converted == typeName ? converted + "Value" : converted;
        var claimed = memberNames.Claim(desired);
        if (claimed != converted)
        {
            var other = converted == typeName ? "class " + typeName
                : Array.IndexOf(FixedNames.Model.Reserved, converted) >= 0 || converted == FixedNames.Model.AdditionalProperties ? "the generated member " + converted
                : converted;
            _diagnostics.Report(DiagnosticDescriptors.NameCollision, pointer, other, jsonName, converted, claimed);
        }

        return claimed;
    }

    /// <summary>
    /// The base class, when the schema is an allOf with a reference to an object type ("a $ref plus an extension",
    /// or several references: the first object one is the base) or a candidate of a discriminated base.
    /// </summary>
    private (ObjectModel? Base, IOpenApiSchema? Part) FindBase(IOpenApiSchema schema, string? componentKey)
    {
        if (componentKey is not null && _forcedBases.TryGetValue(componentKey, out var forced)
            && _componentTypes.TryGetValue(forced.BaseKey, out var forcedType) && EnsureBuilt(ShortName(forcedType)) is ObjectModel forcedModel)
        {
            var part = schema.AllOf?.OfType<OpenApiSchemaReference>().FirstOrDefault(r => r.Reference.Id == forced.BaseKey);
            return (forcedModel, part);
        }

        if (schema.AllOf is not { Count: > 0 } || SchemaShapes.Alternatives(schema).Count > 0)
        {
            return (null, null);
        }

        // The first reference to a plain object type is the base: its properties keep their order and its converter
        // reads them. The other parts' properties are the derived type's own, so nothing is lost whichever is chosen.
        foreach (var reference in schema.AllOf.OfType<OpenApiSchemaReference>())
        {
            if (reference.Target is not { } target || SchemaShapes.Classify(target) != SchemaShape.Object)
            {
                continue;
            }

            var baseType = ResolveReference(reference, "");
            if (baseType.Kind == TypeKind.Named && EnsureBuilt(ShortName(baseType)) is ObjectModel baseModel && baseModel.AdditionalPropertiesType is null)
            {
                return (baseModel, reference);
            }
        }

        return (null, null);
    }

    private bool ConflictsWithBase(PropertyCollector collector, ObjectModel baseModel, bool refinementsFlatten)
    {
        foreach (var inherited in baseModel.AllProperties)
        {
            // "required: [name]" beside the base makes an inherited property required: the base's property cannot say so.
            if (refinementsFlatten && collector.Required.Contains(inherited.JsonName) && !inherited.IsRequired)
            {
                return true;
            }

            if (!collector.Contains(inherited.JsonName))
            {
                continue;
            }

            foreach (var declaration in collector.DeclarationsOf(inherited.JsonName))
            {
                if (Resolve(declaration.Schema, InlineNames.Member(declaration.OwnerHint, inherited.JsonName), declaration.Pointer) != inherited.Type
                    || (refinementsFlatten && RefinesInherited(declaration.Schema, inherited)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A redeclaration of an inherited property with the same type that still changes what the property is.</summary>
    private static bool RefinesInherited(IOpenApiSchema declared, PropertyModel inherited)
        => (SchemaShapes.IsNullable(declared) && !inherited.IsNullable)
            || (declared.ReadOnly && !inherited.IsReadOnly)
            || (declared.WriteOnly && !inherited.IsWriteOnly)
            || (declared.Default is not null && inherited.DefaultValue is null);

    private PropertyCollector Collect(IOpenApiSchema schema, string pointer, string typeName, IOpenApiSchema? skipPart)
        => PropertyCollector.Collect(schema, pointer, typeName, skipPart, _walk);

    private static string ShortName(TypeRef type) => type.NamedType!.Substring(type.NamedType.LastIndexOf('.') + 1);
}
