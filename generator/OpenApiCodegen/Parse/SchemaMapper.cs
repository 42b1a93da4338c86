using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiCodegen.Diagnostics;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Parse;

/// <summary>
/// Maps the schemas of one OpenAPI document to type models. Component schemas are named first,
/// in document order, so names are stable and references (including recursive ones) resolve
/// before any type is built; inline schemas are named after where they appear.
/// </summary>
internal sealed partial class SchemaMapper
{
    private readonly OpenApiDocument _document;

    /// <summary>Whether the spec text has a node at a pointer; null when it cannot hold keywords OpenAPI.NET drops.</summary>
    private readonly Func<string, bool>? _writtenAt;
    private readonly string _namespace;
    private readonly NameScope _typeNames;
    private readonly MapperDiagnostics _diagnostics;

    private readonly Dictionary<string, TypeRef> _componentTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<IOpenApiSchema, TypeRef> _inlineTypes = new(SchemaIdentity.Comparer);
    private readonly HashSet<string> _resolvingComponents = new(StringComparer.Ordinal);
    private readonly Queue<PendingType> _pending = new();
    private readonly Dictionary<string, PendingType> _pendingByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeModel> _built = new(StringComparer.Ordinal);
    private readonly HashSet<string> _building = new(StringComparer.Ordinal);
    private readonly List<TypeModel> _models = new();
    private readonly WalkGuard _walk;

    public SchemaMapper(OpenApiDocument document, string @namespace, NameScope typeNames, MapperDiagnostics diagnostics, Func<string, bool>? writtenAt = null)
    {
        _writtenAt = writtenAt;
        _document = document;
        _namespace = @namespace;
        _typeNames = typeNames;
        _diagnostics = diagnostics;
        _walk = new WalkGuard(diagnostics);
    }

    /// <summary>Every type name handed out in this spec's namespace; the client claims its names here too.</summary>
    public NameScope TypeNames => _typeNames;

    /// <summary>The built object model behind a named type, or null.</summary>
    public ObjectModel? FindObject(TypeRef type)
        => type.Kind == TypeKind.Named && _built.TryGetValue(ShortName(type), out var model) ? model as ObjectModel : null;

    /// <summary>A type waiting to be built: its claimed name, the schema and where it is written.</summary>
    private sealed record PendingType(string Name, IOpenApiSchema Schema, string Pointer, SchemaShape Shape, string? ComponentKey);

    /// <summary>Names every component schema, in document order. Call before anything else resolves.</summary>
    public void NameComponents()
    {
        var schemas = _document.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        FindPolymorphicBases(schemas);
        foreach (var entry in schemas)
        {
            if (entry.Value is not null)
            {
                ResolveComponent(entry.Key, entry.Key, entry.Value, ComponentPointer(entry.Key));
            }
        }
    }

    /// <summary>Builds every type discovered so far, and those they discover in turn.</summary>
    public IReadOnlyList<TypeModel> BuildAll()
    {
        while (_pending.Count > 0)
        {
            var next = _pending.Dequeue();
            EnsureBuilt(next.Name);
        }

        return _models.Select(KeepDerivedTypesThatInherit).ToList();
    }

    /// <summary>
    /// A discriminated base lists its derived types before they are built; one that could not inherit from it after
    /// all (it redeclares a base property with another type, or nests too deep) is read by the base as itself.
    /// </summary>
    private TypeModel KeepDerivedTypesThatInherit(TypeModel model)
    {
        if (model is not ObjectModel { Polymorphism: { } polymorphism } baseModel)
        {
            return model;
        }

        var baseName = _namespace + "." + baseModel.Name;
        var inheriting = polymorphism.DerivedTypes
            .Where(derived => _built.TryGetValue(derived.TypeName, out var built) && built is ObjectModel { BaseTypeName: { } name } && name == baseName)
            .ToEquatableArray();
        return inheriting.Count == polymorphism.DerivedTypes.Count ? model : baseModel with { Polymorphism = polymorphism with { DerivedTypes = inheriting } };
    }

    /// <summary>The C# type for a schema found at <paramref name="pointer"/>; inline types are named from <paramref name="nameHint"/>.</summary>
    public TypeRef Resolve(IOpenApiSchema? schema, string nameHint, string pointer)
    {
        if (!_walk.TryEnter(pointer, nameHint))
        {
            return TypeRef.Json;
        }

        try
        {
            return ResolveCore(schema, nameHint, pointer);
        }
        finally
        {
            _walk.Exit();
        }
    }

    private TypeRef ResolveCore(IOpenApiSchema? schema, string nameHint, string pointer)
    {
        if (schema is null)
        {
            return TypeRef.Json;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return ResolveReference(reference, pointer);
        }

        if (_inlineTypes.TryGetValue(schema, out var known))
        {
            return known;
        }

        ReportUnsupportedKeywords(schema, nameHint, pointer);
        var shape = SchemaShapes.Classify(schema);
        if (shape == SchemaShape.Alias)
        {
            var structural = ResolveStructural(schema, nameHint, pointer);
            _inlineTypes[schema] = structural;
            return structural;
        }

        if (shape == SchemaShape.Object && schema.Discriminator is not null && !(schema.Properties is { Count: > 0 }) && SchemaShapes.Alternatives(schema).Count > 1)
        {
            shape = SchemaShape.Union; // an inline discriminated oneOf has no component to derive from: pick by shape
        }

        var typeRef = Enqueue(nameHint, schema, pointer, shape, componentKey: null);
        _inlineTypes[schema] = typeRef;
        return typeRef;
    }

    private TypeRef ResolveReference(OpenApiSchemaReference reference, string pointer)
    {
        if (!_walk.TryEnter(pointer, reference.Reference.Id ?? "schema"))
        {
            return TypeRef.Json;
        }

        try
        {
            return ResolveReferenceCore(reference, pointer);
        }
        finally
        {
            _walk.Exit();
        }
    }

    private TypeRef ResolveReferenceCore(OpenApiSchemaReference reference, string pointer)
    {
        var target = reference.Target;
        if (target is null || reference.UnresolvedReference)
        {
            return TypeRef.Json; // OpenAPI.NET reported it; the reader turned that into OAC003
        }

        var id = reference.Reference.Id ?? "Schema";
        var key = reference.Reference.IsExternal ? reference.Reference.ExternalResource + "#" + id : id;
        var componentPointer = reference.Reference.IsExternal ? pointer : ComponentPointer(id);
        return ResolveComponent(key, LastPathSegment(id), target, componentPointer);
    }

    private TypeRef ResolveComponent(string key, string nameHint, IOpenApiSchema schema, string pointer)
    {
        if (_componentTypes.TryGetValue(key, out var known))
        {
            return known;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            if (!_resolvingComponents.Add(key))
            {
                return TypeRef.Json; // a reference cycle with no type in it: A -> B -> A
            }

            var aliased = ResolveReference(reference, pointer);
            _resolvingComponents.Remove(key);
            _componentTypes[key] = aliased;
            return aliased;
        }

        ReportUnsupportedKeywords(schema, nameHint, pointer);
        var shape = SchemaShapes.Classify(schema);
        if (shape != SchemaShape.Alias)
        {
            var named = Enqueue(nameHint, schema, pointer, shape, key);
            _componentTypes[key] = named;
            return named;
        }

        if (!_resolvingComponents.Add(key))
        {
            return TypeRef.Json; // e.g. an array whose items are the array itself
        }

        var resolved = ResolveStructural(schema, nameHint, pointer);
        _resolvingComponents.Remove(key);
        _componentTypes[key] = resolved;
        return resolved;
    }

    /// <summary>Schemas with no type of their own: primitives, arrays, maps, free-form JSON and single-schema wrappers.</summary>
    private TypeRef ResolveStructural(IOpenApiSchema schema, string nameHint, string pointer)
    {
        if (schema.AllOf is { Count: 1 })
        {
            return Resolve(schema.AllOf[0], nameHint, pointer + "/allOf/0");
        }

        var alternatives = SchemaShapes.Alternatives(schema);
        if (alternatives.Count == 1)
        {
            var which = schema.OneOf is { Count: > 0 } && schema.OneOf.Contains(alternatives[0]) ? "oneOf" : "anyOf";
            var index = (which == "oneOf" ? schema.OneOf! : schema.AnyOf!).IndexOf(alternatives[0]);
            return Resolve(alternatives[0], nameHint, pointer + "/" + which + "/" + index);
        }

        var type = SchemaShapes.NonNullType(schema);
        if (type is { } single && SchemaShapes.IsSingleType(single))
        {
            if (single == JsonSchemaType.Array)
            {
                return TypeRef.ListOf(Resolve(schema.Items, nameHint + "Item", pointer + "/items"));
            }

            if (single == JsonSchemaType.Object)
            {
                return ResolveMap(schema, nameHint, pointer);
            }

            if (PrimitiveTypes.For(single, schema.Format) is { } primitive)
            {
                return primitive;
            }
        }

        if (type is null && schema.Items is not null)
        {
            return TypeRef.ListOf(Resolve(schema.Items, nameHint + "Item", pointer + "/items"));
        }

        if (type is null && schema.AdditionalProperties is not null)
        {
            return ResolveMap(schema, nameHint, pointer);
        }

        if (schema.Enum is { Count: > 0 } && type is { } enumType && SchemaShapes.IsSingleType(enumType) && enumType != JsonSchemaType.String && enumType != JsonSchemaType.Integer)
        {
            // A boolean or number enum: the plain type; the listed values stay in the docs.
            return PrimitiveTypes.For(enumType, schema.Format) ?? TypeRef.Json;
        }

        if (type is { } several && !SchemaShapes.IsSingleType(several))
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/type",
                "A schema with several types (" + several + ") has no single C# type", nameHint, "a JSON element");
        }

        return TypeRef.Json;
    }

    /// <summary>Once per schema (both callers cache what they resolve): each keyword the C# type cannot express.</summary>
    private void ReportUnsupportedKeywords(IOpenApiSchema schema, string nameHint, string pointer)
    {
        foreach (var (keyword, consequence) in UnsupportedKeywords.In(schema, pointer, _writtenAt))
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/" + keyword,
                "The JSON Schema keyword '" + keyword + "' is not supported (" + consequence + ")", nameHint, "if the keyword were absent");
        }
    }

    private TypeRef ResolveMap(IOpenApiSchema schema, string nameHint, string pointer)
    {
        // A free-form object (no properties, additionalProperties absent or true) stays raw JSON.
        if (schema.AdditionalProperties is null)
        {
            return TypeRef.Json;
        }

        return TypeRef.MapOf(Resolve(schema.AdditionalProperties, nameHint + "Value", pointer + "/additionalProperties"));
    }

    private TypeRef Enqueue(string nameHint, IOpenApiSchema schema, string pointer, SchemaShape shape, string? componentKey)
    {
        var name = ClaimTypeName(nameHint, pointer, shape);
        var pending = new PendingType(name, schema, pointer, shape, componentKey);
        _pending.Enqueue(pending);
        _pendingByName[name] = pending;
        var jsonKind = shape switch
        {
            SchemaShape.Object => JsonShapeKind.Object,
            SchemaShape.Enum => SchemaShapes.EnumValues(schema, out var isInteger) is not null && isInteger ? JsonShapeKind.Integer : JsonShapeKind.String,
            _ => JsonShapeKind.Any,
        };
        return TypeRef.Named(_namespace + "." + name, isValueType: shape == SchemaShape.Enum, jsonKind);
    }

    private string ClaimTypeName(string nameHint, string pointer, SchemaShape shape)
    {
        var desired = Identifiers.ToPascalCase(nameHint);
        var declared = shape switch
        {
            SchemaShape.Enum => FixedNames.DeclaredByEnums,
            SchemaShape.Union => FixedNames.DeclaredByUnions,
            _ => FixedNames.DeclaredByModels,
        };
        var claimed = _typeNames.ClaimAvoiding(desired, declared, "{0}", "{0}" + FixedNames.ConverterSuffix);
        if (claimed != desired)
        {
            _diagnostics.Report(DiagnosticDescriptors.NameCollision, pointer, desired, nameHint, desired, claimed);
        }

        return claimed;
    }

    /// <summary>Builds a type now (a base class or union candidate may be needed before its turn).</summary>
    private TypeModel? EnsureBuilt(string name)
    {
        if (_built.TryGetValue(name, out var done))
        {
            return done;
        }

        if (!_pendingByName.TryGetValue(name, out var pending) || _building.Contains(name))
        {
            return null; // not ours, or a cycle: the caller falls back to not depending on it
        }

        if (!_walk.TryEnter(pending.Pointer, name))
        {
            return null; // too deep to build now; BuildAll builds it later, and the caller does without it
        }

        try
        {
            return Build(pending);
        }
        finally
        {
            _walk.Exit();
        }
    }

    private TypeModel Build(PendingType pending)
    {
        var name = pending.Name;
        _building.Add(name);

        TypeModel model = pending.Shape switch
        {
            SchemaShape.Enum => BuildEnum(pending.Name, pending.Schema, pending.Pointer),
            SchemaShape.Union => BuildUnion(pending.Name, pending.Schema, pending.Pointer),
            _ => BuildObject(pending.Name, pending.Schema, pending.Pointer, pending.ComponentKey),
        };

        _building.Remove(name);
        _built[name] = model;
        _models.Add(model);
        return model;
    }

    internal static string ComponentPointer(string name) => "#/components/schemas/" + EscapePointer(name);

    internal static string EscapePointer(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    internal static string LastPathSegment(string id)
    {
        var slash = id.LastIndexOf('/');
        return slash >= 0 ? id.Substring(slash + 1) : id;
    }

    /// <summary>Words that only describe how a spec was assembled; dropped from names derived from a component name.</summary>
    internal static string HintFrom(string componentOrTypeName)
    {
        var words = Identifiers.SplitWords(componentOrTypeName)
            .Where(w => !string.Equals(w, "allOf", StringComparison.OrdinalIgnoreCase)
                        && !string.Equals(w, "anyOf", StringComparison.OrdinalIgnoreCase)
                        && !string.Equals(w, "oneOf", StringComparison.OrdinalIgnoreCase));
        var joined = string.Join("_", words);
        return joined.Length == 0 ? componentOrTypeName : joined;
    }
}
