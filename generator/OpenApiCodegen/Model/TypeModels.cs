namespace OpenApiCodegen.Model;

/// <summary>A type the generator emits, one source file each. Names are C# names, already made unique.</summary>
internal abstract record TypeModel(string Name, Documentation Docs)
{
    /// <summary>The name of the source file that holds this type (unique within its spec).</summary>
    public string HintName => Name;
}

/// <summary>Doc comment text and deprecation, taken from the spec.</summary>
internal sealed record Documentation(string? Summary, string? Remarks, bool Deprecated, string SchemaPointer)
{
    public static Documentation For(string pointer) => new(null, null, false, pointer);
}

/// <summary>An object schema: a class with properties, its unknown properties kept for a lossless round trip.</summary>
internal sealed record ObjectModel(
    string Name,
    Documentation Docs,
    EquatableArray<PropertyModel> Properties,
    string? BaseTypeName,
    EquatableArray<PropertyModel> InheritedProperties,
    TypeRef? AdditionalPropertiesType,
    string? AdditionalPropertiesName,
    PolymorphismModel? Polymorphism,
    DiscriminatorAssignment? Discriminator) : TypeModel(Name, Docs)
{
    /// <summary>Own and inherited properties, in the order the converter reads and writes them.</summary>
    public System.Collections.Generic.IEnumerable<PropertyModel> AllProperties =>
        System.Linq.Enumerable.Concat(InheritedProperties, Properties);
}

/// <summary>
/// A property of an object type; <see cref="LocalName"/> is the local its converter reads it into.
/// <see cref="IsConstant"/>: required, and its enum allows one value, which the public constructor sets.
/// </summary>
internal sealed record PropertyModel(
    string JsonName,
    string Name,
    TypeRef Type,
    bool IsRequired,
    bool IsNullable,
    bool IsReadOnly,
    bool IsWriteOnly,
    string? DefaultValue,
    bool IsDiscriminator,
    Documentation Docs,
    string LocalName,
    bool IsConstant = false)
{
    /// <summary>
    /// Required for whoever builds the object (a request): the C# <c>required</c> modifier.
    /// A readOnly property is never required of a request; a discriminator is set by the derived type, and so is a
    /// required property that allows only one value (<see cref="IsConstant"/>, a subtype's <c>kind: {enum: [dog]}</c>); and a
    /// deprecated one is not forced on callers (C# also forbids marking a required member obsolete, CS9042).
    /// </summary>
    public bool IsRequiredForCaller => IsRequired && !IsReadOnly && !IsDiscriminator && !IsConstant && !Docs.Deprecated;

    /// <summary>
    /// The C# type admits null when the spec says nullable, when the property may be absent,
    /// or when one direction never carries it (readOnly in requests, writeOnly in responses).
    /// </summary>
    public bool AllowsNull => IsNullable || !IsRequired || IsReadOnly || IsWriteOnly;
}

/// <summary>A discriminated base type: the discriminator property and the derived type for each value.</summary>
internal sealed record PolymorphismModel(string PropertyJsonName, EquatableArray<DerivedTypeModel> DerivedTypes);

internal sealed record DerivedTypeModel(string DiscriminatorValue, string TypeName);

/// <summary>The discriminator value a derived type writes, and the (inherited) property that carries it.</summary>
internal sealed record DiscriminatorAssignment(string PropertyName, TypeRef PropertyType, string Value);

/// <summary>An enum schema, emitted as an open enum: known values as static members, any other value kept.</summary>
internal sealed record EnumModel(
    string Name,
    Documentation Docs,
    bool IsInteger,
    bool IsInt64,
    EquatableArray<EnumMemberModel> Members) : TypeModel(Name, Docs);

internal sealed record EnumMemberModel(string Name, string Value, string? Description);

/// <summary>
/// A oneOf/anyOf without a discriminator: one of several candidate types, picked by the JSON's shape.
/// <see cref="TypeTestOrder"/> lists candidate indexes derived types first, the order type tests must go in.
/// </summary>
internal sealed record UnionModel(
    string Name,
    Documentation Docs,
    EquatableArray<UnionCandidateModel> Candidates,
    EquatableArray<int> TypeTestOrder) : TypeModel(Name, Docs);

/// <summary>
/// A candidate of a union, the shape that identifies it in JSON, and its claimed members:
/// <c>IsPet</c>, <c>TryGetPet</c> and Match's parameter <c>whenPet</c>.
/// </summary>
internal sealed record UnionCandidateModel(string IsName, string TryGetName, string WhenName, TypeRef Type, JsonShape Shape);

/// <summary>
/// What a JSON value must look like to be a candidate: its token kind and, for objects,
/// the property names it requires and the ones it knows.
/// </summary>
internal sealed record JsonShape(
    JsonShapeKind Kind,
    EquatableArray<string> RequiredProperties,
    EquatableArray<string> KnownProperties,
    EquatableArray<string> EnumValues);

internal enum JsonShapeKind
{
    Any,
    Object,
    Array,
    String,
    Integer,
    Number,
    Boolean,
}
