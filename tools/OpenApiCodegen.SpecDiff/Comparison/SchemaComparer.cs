using Microsoft.OpenApi;
using OpenApiCodegen.Parse;
using OpenApiCodegen.SpecDiff.Naming;
using OpenApiCodegen.SpecDiff.Rules;
using OpenApiCodegen.SpecDiff.Schemas;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>
/// Compares the schema found at one site in both specs. A reference to the same component on both
/// sides ends the comparison there: components are compared once each, on their own (see
/// <see cref="ComponentComparer"/>), so a change is reported once, where it is written. Inline
/// schemas are compared structurally: kind and C# type, nullability, format, enum values,
/// composition, merged properties, items and map values.
/// </summary>
internal sealed partial class SchemaComparer(DiffContext context)
{
    // Schema pairs being compared on the current path: a reference cycle reached through an
    // inline/reference mix ends here instead of recursing forever.
    private readonly HashSet<(IOpenApiSchema Old, IOpenApiSchema New)> _active = new(new PairComparer());

    public void Compare(IOpenApiSchema? oldSchema, IOpenApiSchema? newSchema, SchemaSite site)
    {
        if (oldSchema is null || newSchema is null)
        {
            return; // a schema that appears or disappears is reported by whoever holds it
        }

        var oldId = SchemaFacts.ReferenceId(SchemaFacts.Unwrap(oldSchema));
        var newId = SchemaFacts.ReferenceId(SchemaFacts.Unwrap(newSchema));
        if (oldId is not null && newId is not null)
        {
            CompareNullability(oldSchema, newSchema, site, wrappersOnly: true);
            if (oldId != newId)
            {
                var keys = Report(RuleCatalog.TypeChanged, site, site.Symbol,
                    $"type changes from {CSharpTypes.Of(oldSchema, site.OldTypeName)} to {CSharpTypes.Of(newSchema, site.NewTypeName)}",
                    $"{site.Subject} now refers to {newId} instead of {oldId}");
                context.RecordSwitch(oldId, newId, keys);
            }

            return;
        }

        CompareValues(oldSchema, newSchema, site);
    }

    /// <summary>Compares two schemas structurally (used directly for two versions of one component).</summary>
    public void CompareValues(IOpenApiSchema oldSchema, IOpenApiSchema newSchema, SchemaSite site)
    {
        var (oldEffective, oldPointer) = Effective(oldSchema, site.OldPointer);
        var (newEffective, newPointer) = Effective(newSchema, site.NewPointer);
        if (oldEffective is null || newEffective is null || !_active.Add((oldEffective, newEffective)))
        {
            return; // an unresolved reference (OpenAPI.NET reported it), or a cycle
        }

        try
        {
            CompareEffective(oldSchema, newSchema, oldEffective, newEffective, site, site.At(oldPointer, newPointer));
        }
        finally
        {
            _active.Remove((oldEffective, newEffective));
        }
    }

    private void CompareEffective(
        IOpenApiSchema oldSchema, IOpenApiSchema newSchema, IOpenApiSchema oldEffective, IOpenApiSchema newEffective,
        SchemaSite site, SchemaSite inner)
    {
        var oldKind = SchemaFacts.Kind(oldSchema);
        var newKind = SchemaFacts.Kind(newSchema);
        var oldType = CSharpTypes.Of(oldSchema, site.OldTypeName);
        var newType = CSharpTypes.Of(newSchema, site.NewTypeName);
        if (oldKind != newKind)
        {
            // An inline type keeps its name when its shape changes (a union becoming a class): say the shape.
            var effect = oldType == newType ? $"changes from {oldKind} to {newKind}" : $"type changes from {oldType} to {newType}";
            Report(RuleCatalog.TypeChanged, site, site.Symbol, effect, $"{site.Subject}: {oldKind} became {newKind}");
            return; // nothing below compares across kinds
        }

        // Two inline types are named from where they are (their operation, their parent type): a
        // new name there comes from a rename reported on its own, not from this schema.
        var bothInline = IsInlineType(oldSchema) && IsInlineType(newSchema);
        var typeChanged = !bothInline && CSharpTypes.Shallow(oldSchema, site.OldTypeName) != CSharpTypes.Shallow(newSchema, site.NewTypeName);
        if (typeChanged)
        {
            Report(RuleCatalog.TypeChanged, site, site.Symbol, $"type changes from {oldType} to {newType}",
                $"{site.Subject}: {Describe(oldSchema, oldEffective)} became {Describe(newSchema, newEffective)}");
        }
        else if (oldEffective.Format != newEffective.Format && IsPrimitive(newKind))
        {
            Report(RuleCatalog.FormatChanged, site, site.Symbol, $"keeps type {newType}",
                $"{site.Subject}: format {oldEffective.Format ?? "(none)"} became {newEffective.Format ?? "(none)"}");
        }

        CompareNullability(oldSchema, newSchema, site, wrappersOnly: false);
        CompareEnums(oldEffective, newEffective, inner, oldType, newType);
        CompareComposition(oldEffective, newEffective, inner, newType);

        if (newKind == "object")
        {
            CompareProperties(oldEffective, newEffective, inner, oldType, newType);
        }
        else if (newKind == "array")
        {
            Compare(oldEffective.Items, newEffective.Items, inner.Items());
        }
        else if (newKind == "map")
        {
            Compare(oldEffective.AdditionalProperties, newEffective.AdditionalProperties, inner.Values());
        }
    }

    private void CompareNullability(IOpenApiSchema oldSchema, IOpenApiSchema newSchema, SchemaSite site, bool wrappersOnly)
    {
        // A reference's own nullability belongs to its component, compared there; a wrapper
        // (allOf: [$ref] with nullable: true) carries the site's own.
        if (wrappersOnly && (oldSchema is OpenApiSchemaReference || newSchema is OpenApiSchemaReference))
        {
            return;
        }

        var wasNullable = SchemaFacts.IsNullable(oldSchema) || (oldSchema is not OpenApiSchemaReference && NullableInside(oldSchema));
        var isNullable = SchemaFacts.IsNullable(newSchema) || (newSchema is not OpenApiSchemaReference && NullableInside(newSchema));
        if (wasNullable == isNullable)
        {
            return;
        }

        if (isNullable)
        {
            Report(RuleCatalog.NullableAdded, site, site.Symbol, "may now be null", $"{site.Subject} became nullable");
        }
        else
        {
            Report(RuleCatalog.NullableRemoved, site, site.Symbol, "can no longer be null", $"{site.Subject} is no longer nullable");
        }
    }

    // An inline wrapper around an inline nullable schema.
    private static bool NullableInside(IOpenApiSchema schema)
    {
        var unwrapped = SchemaFacts.Unwrap(schema);
        return unwrapped is not OpenApiSchemaReference && !ReferenceEquals(unwrapped, schema) && SchemaFacts.IsNullable(unwrapped);
    }

    /// <summary>Unwraps and follows references to the schema that holds the content, and where it is written.</summary>
    private static (IOpenApiSchema? Schema, string Pointer) Effective(IOpenApiSchema schema, string pointer)
    {
        for (var depth = 0; depth < 32; depth++)
        {
            if (schema is OpenApiSchemaReference reference)
            {
                if (reference.Target is null || reference.Reference.Id is null)
                {
                    return (null, pointer);
                }

                pointer = Pointers.Component(reference.Reference.Id);
                schema = reference.Target;
                continue;
            }

            var unwrapped = SchemaFacts.Unwrap(schema);
            if (ReferenceEquals(unwrapped, schema))
            {
                return (schema, pointer);
            }

            pointer += schema.AllOf is { Count: 1 } ? "/allOf/0" : "/" + SchemaFacts.AlternativesKeyword(schema) + "/0";
            schema = unwrapped;
        }

        return (null, pointer);
    }

    // "integer (int32)", "$ref Pet", "inline object".
    private static string Describe(IOpenApiSchema schema, IOpenApiSchema effective)
    {
        if (SchemaFacts.ReferenceId(SchemaFacts.Unwrap(schema)) is { } id)
        {
            return "$ref " + id;
        }

        var kind = SchemaFacts.Kind(effective);
        return effective.Format is { } format ? $"{kind} ({format})" : IsPrimitive(kind) ? kind : "inline " + kind;
    }

    /// <summary>An inline schema that becomes a type of its own (a class, an enum struct, a union).</summary>
    private static bool IsInlineType(IOpenApiSchema schema)
    {
        var unwrapped = SchemaFacts.Unwrap(schema);
        return unwrapped is not OpenApiSchemaReference && SchemaShapes.Classify(unwrapped) != SchemaShape.Alias;
    }

    private static bool IsPrimitive(string kind) => kind is "string" or "integer" or "number" or "boolean";

    /// <summary>Reports a change once per direction the site is used in.</summary>
    private List<ChangeCollector.ChangeKey> Report(SchemaRule rule, SchemaSite site, string? symbol, string effect, string detail) =>
        Report(rule, site.Directions, site.OldPointer, site.NewPointer, symbol, effect, detail);

    private ChangeCollector.ChangeKey Report(SchemaRule rule, Direction direction, SchemaSite site, string? symbol, string effect, string detail) =>
        context.Changes.Add(rule.For(direction), site.OldPointer, site.NewPointer, symbol, effect, detail);

    /// <summary>Reports at explicit locations; null where the change has no place in that spec.</summary>
    private List<ChangeCollector.ChangeKey> Report(
        SchemaRule rule, IEnumerable<Direction> directions, string? oldPointer, string? newPointer, string? symbol, string effect, string detail) =>
        directions.Select(direction => context.Changes.Add(rule.For(direction), oldPointer, newPointer, symbol, effect, detail)).ToList();

    private sealed class PairComparer : IEqualityComparer<(IOpenApiSchema Old, IOpenApiSchema New)>
    {
        public bool Equals((IOpenApiSchema Old, IOpenApiSchema New) x, (IOpenApiSchema Old, IOpenApiSchema New) y) =>
            ReferenceEquals(x.Old, y.Old) && ReferenceEquals(x.New, y.New);

        public int GetHashCode((IOpenApiSchema Old, IOpenApiSchema New) pair) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Old), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.New));
    }
}
