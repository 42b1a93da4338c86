using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Parse;

internal sealed partial class SchemaMapper
{
    private UnionModel BuildUnion(string name, IOpenApiSchema schema, string pointer)
    {
        var memberNames = new NameScope(FixedNames.Union.Reserved.Concat(new[] { name }));
        var ownType = _namespace + "." + name;
        var seen = new HashSet<string>();
        var candidates = new List<UnionCandidateModel>();

        void Add(TypeRef type)
        {
            // Two alternatives with the same C# type cannot be told apart; the union itself adds nothing to its candidates.
            if (type.NamedType != ownType && seen.Add(type.CSharpName))
            {
                // Match's parameters (whenPet) are claimed with the members: whenUnmatched is reserved there.
                var stem = memberNames.ClaimFamily(MemberNameFor(type),
                    FixedNames.Union.IsPrefix + "{0}", FixedNames.Union.TryGetPrefix + "{0}", FixedNames.Union.WhenPrefix + "{0}");
                candidates.Add(new UnionCandidateModel(
                    FixedNames.Union.IsPrefix + stem, FixedNames.Union.TryGetPrefix + stem, FixedNames.Union.WhenPrefix + stem, type, ShapeFor(type)));
            }
        }

        var position = 0;
        foreach (var (alternative, alternativePointer) in AlternativesWithPointers(schema, pointer))
        {
            position++;
            var hint = alternative.Title is { Length: > 0 } title ? title : name + "_option" + position;
            Add(Resolve(alternative, hint, alternativePointer));
        }

        if (candidates.Count == 0 && SchemaShapes.NonNullType(schema) is { } types)
        {
            foreach (var single in SchemaShapes.SingleTypes(types))
            {
                Add(TypeForSingleType(schema, single, name, pointer));
            }
        }

        return new UnionModel(name, DocText.For(schema, pointer), candidates.ToEquatableArray(), TypeTestOrder(candidates));
    }

    /// <summary>
    /// Candidate indexes with derived classes before their bases: a type test for <c>Pet</c> placed before
    /// one for <c>Dog</c> would catch every dog (and the compiler rejects the unreachable case).
    /// </summary>
    private EquatableArray<int> TypeTestOrder(List<UnionCandidateModel> candidates)
        => Enumerable.Range(0, candidates.Count)
            .OrderByDescending(i => InheritanceDepth(candidates[i].Type))
            .ThenBy(i => i)
            .ToEquatableArray();

    private int InheritanceDepth(TypeRef type)
    {
        var depth = 0;
        var model = FindObject(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (model?.BaseTypeName is { } baseName && seen.Add(baseName))
        {
            depth++;
            model = _built.TryGetValue(baseName.Substring(baseName.LastIndexOf('.') + 1), out var next) ? next as ObjectModel : null;
        }

        return depth;
    }

    /// <summary>One member of <c>type: [string, array, ...]</c>: the schema's other keywords apply to it.</summary>
    private TypeRef TypeForSingleType(IOpenApiSchema schema, JsonSchemaType type, string name, string pointer)
        => type switch
        {
            JsonSchemaType.Array => TypeRef.ListOf(Resolve(schema.Items, name + "_item", pointer + "/items")),
            JsonSchemaType.Object => schema.AdditionalProperties is null ? TypeRef.Json : TypeRef.MapOf(Resolve(schema.AdditionalProperties, name + "_value", pointer + "/additionalProperties")),
            _ => PrimitiveTypes.For(type, schema.Format) ?? TypeRef.Json,
        };

    private static IEnumerable<(IOpenApiSchema Schema, string Pointer)> AlternativesWithPointers(IOpenApiSchema schema, string pointer)
    {
        foreach (var (list, keyword) in new[] { (schema.OneOf, "oneOf"), (schema.AnyOf, "anyOf") })
        {
            if (list is null)
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not null && !SchemaShapes.IsNullType(list[i]))
                {
                    yield return (list[i], pointer + "/" + keyword + "/" + i);
                }
            }
        }
    }

    private static string MemberNameFor(TypeRef type) => type.Kind switch
    {
        TypeKind.Named => ShortName(type),
        TypeKind.Int32 or TypeKind.Int64 => "Integer",
        TypeKind.Float or TypeKind.Double or TypeKind.Decimal => "Number",
        TypeKind.List => MemberNameFor(type.Element!) + "List",
        TypeKind.Map => MemberNameFor(type.Element!) + "Map",
        TypeKind.Json => "JsonValue",
        TypeKind.DateTimeOffset => "DateTime",
        _ => type.Kind.ToString(),
    };

    /// <summary>What JSON for this candidate looks like, so a union can tell its candidates apart when reading.</summary>
    private JsonShape ShapeFor(TypeRef type)
    {
        var none = EquatableArray<string>.Empty;
        if (type.Kind != TypeKind.Named)
        {
            return new JsonShape(PrimitiveTypes.ShapeOf(type), none, none, none);
        }

        switch (EnsureBuilt(ShortName(type)))
        {
            case ObjectModel model:
                var all = model.AllProperties.ToList();
                var required = all.Where(p => p.IsRequired && !p.IsWriteOnly).Select(p => p.JsonName);
                return new JsonShape(JsonShapeKind.Object, required.ToEquatableArray(), all.Select(p => p.JsonName).ToEquatableArray(), none);
            case EnumModel enumModel:
                var kind = enumModel.IsInteger ? JsonShapeKind.Integer : JsonShapeKind.String;
                return new JsonShape(kind, none, none, enumModel.Members.Select(m => m.Value).ToEquatableArray());
            default:
                return new JsonShape(JsonShapeKind.Any, none, none, none);
        }
    }
}
