using OpenApiCodegen.SpecDiff.Naming;
using OpenApiCodegen.SpecDiff.Rules;
using OpenApiCodegen.SpecDiff.Schemas;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>
/// A place that holds a value in both specs (a body, a parameter, a property, a component), with
/// what the comparison needs to judge and name a change there.
/// </summary>
/// <param name="Directions">Which way values travel here; a component used both ways has both.</param>
/// <param name="OldPointer">Where the schema is written in the old spec.</param>
/// <param name="NewPointer">Where it is written in the new spec.</param>
/// <param name="Symbol">The C# symbol holding the value: <c>Pet.Name</c>, <c>Client.GetPetAsync: parameter petId</c>.</param>
/// <param name="OldTypeName">The C# name an inline object, enum or union gets here, in the old spec.</param>
/// <param name="NewTypeName">The same in the new spec (it follows operation renames).</param>
/// <param name="Subject">The place in spec words, for messages: <c>Pet.tags[]</c>, <c>GET /pets query parameter limit</c>.</param>
internal sealed record SchemaSite(
    IReadOnlyList<Direction> Directions,
    string OldPointer,
    string NewPointer,
    string Symbol,
    string OldTypeName,
    string NewTypeName,
    string Subject)
{
    /// <summary>The site of a property, declared where <paramref name="oldProperty"/> and <paramref name="newProperty"/> say.</summary>
    public SchemaSite Property(MergedProperty oldProperty, MergedProperty newProperty, string oldOwnerType, string newOwnerType)
    {
        // A property declared in a component reads the same from every type that merges it.
        var subject = newProperty.Pointer.StartsWith("#/components/", StringComparison.Ordinal)
            ? SpecWords.Describe(newProperty.Pointer)
            : Subject + "." + newProperty.Name;
        return new SchemaSite(
            Directions,
            oldProperty.Pointer,
            newProperty.Pointer,
            newOwnerType + "." + CSharpNames.Property(newProperty.Name),
            CSharpNames.NestedType(oldProperty.OwnerHint ?? oldOwnerType, oldProperty.Name),
            CSharpNames.NestedType(newProperty.OwnerHint ?? newOwnerType, newProperty.Name),
            subject);
    }

    public SchemaSite Items() => new(
        Directions, OldPointer + "/items", NewPointer + "/items", Symbol + "[]", OldTypeName + "Item", NewTypeName + "Item", Subject + "[]");

    public SchemaSite Values() => new(
        Directions, OldPointer + "/additionalProperties", NewPointer + "/additionalProperties", Symbol + "[key]",
        OldTypeName + "Value", NewTypeName + "Value", Subject + "[key]");

    public SchemaSite Alternative(string keyword, int oldIndex, int newIndex) => this with
    {
        OldPointer = OldPointer + "/" + keyword + "/" + oldIndex,
        NewPointer = NewPointer + "/" + keyword + "/" + newIndex,
        Subject = Subject + "<" + keyword + " " + newIndex + ">",
    };

    /// <summary>The site with pointers moved to where the schemas really are (after following a reference).</summary>
    public SchemaSite At(string oldPointer, string newPointer) => this with { OldPointer = oldPointer, NewPointer = newPointer };
}
