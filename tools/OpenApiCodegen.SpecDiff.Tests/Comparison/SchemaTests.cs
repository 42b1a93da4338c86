using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Tests.Infrastructure;
using static OpenApiCodegen.SpecDiff.Tests.Infrastructure.Specs;

namespace OpenApiCodegen.SpecDiff.Tests.Comparison;

public sealed class SchemaTests
{
    [Fact]
    public void A_property_of_an_allOf_part_is_one_change_naming_every_type_that_merges_it()
    {
        const string parts = "Base: {type: object, properties: {name: {type: string}}}\nExtra: {type: object, properties: {tag: {type: string}}}";
        var old = InRequest("{allOf: [{$ref: '#/components/schemas/Base'}, {$ref: '#/components/schemas/Extra'}]}", parts);
        var current = old.Replace("properties: {name: {type: string}}", "properties: {name: {type: string}, age: {type: integer}}", StringComparison.Ordinal);

        var change = Assert.Single(Diff(old, current).Changes);

        Assert.Equal("request-property-added", change.RuleId);
        Assert.Equal("#/components/schemas/Base/properties/age", change.New!.Pointer);
        Assert.Equal(["Pet.Age", "Base.Age"], change.Symbols);
    }

    [Fact]
    public void Required_listed_in_a_separate_allOf_part_counts()
    {
        const string basePart = "Base: {type: object, properties: {name: {type: string}}}";
        var old = InRequest("{allOf: [{$ref: '#/components/schemas/Base'}]}", basePart).Replace("allOf: [{$ref: '#/components/schemas/Base'}]", "allOf: [{$ref: '#/components/schemas/Base'}, {type: object}]", StringComparison.Ordinal);
        var current = old.Replace("{type: object}]", "{required: [name]}]", StringComparison.Ordinal);

        var change = ChangeAssertions.Single(Diff(old, current), "request-property-required-added");

        Assert.Equal(["Pet.Name"], change.Symbols);
    }

    [Fact]
    public void Recursive_schemas_compare_without_looping()
    {
        const string node = "{type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Pet'}}, parent: {allOf: [{$ref: '#/components/schemas/Pet'}]}}}";
        const string nodeWithName = "{type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Pet'}}, parent: {allOf: [{$ref: '#/components/schemas/Pet'}]}, name: {type: string}}}";

        var result = Diff(InBoth(node), InBoth(nodeWithName));

        Assert.Equal(["request-property-added", "response-property-added"], ChangeAssertions.RuleIds(result));
    }

    [Fact]
    public void An_inline_tree_compared_with_a_recursive_component_ends()
    {
        const string node = "Node: {type: object, properties: {name: {type: string}, child: {$ref: '#/components/schemas/Node'}}}";
        var old = InResponse("{type: object, properties: {tree: {type: object, properties: {name: {type: string}, child: {type: object, properties: {name: {type: string}, child: {type: object, properties: {name: {type: integer}}}}}}}}}", node);
        var current = InResponse("{type: object, properties: {tree: {$ref: '#/components/schemas/Node'}}}", node);

        var result = Diff(old, current);

        // Each inline level meets the recursive Node once more, until the inline tree ends.
        Assert.Equal(
            [
                "Pet.Tree type changes from PetTree to Node",
                "Node.Child type changes from PetTreeChild to Node",
                "Node.Child type changes from PetTreeChildChild to Node",
                "Node.Name type changes from long to string",
            ],
            result.Changes.Where(c => c.RuleId == "response-type-changed").Select(c => string.Join(", ", c.Symbols) + " " + c.Effect));
    }

    [Fact]
    public void An_inline_schema_replaced_by_a_reference_is_compared_through_the_reference()
    {
        var old = InRequest("{type: object, properties: {owner: {type: object, properties: {name: {type: string}, age: {type: integer}}}}}", "Person: {type: object, properties: {name: {type: string}}}");
        var current = InRequest("{type: object, properties: {owner: {$ref: '#/components/schemas/Person'}}}", "Person: {type: object, properties: {name: {type: string}}}");

        var result = Diff(old, current);

        var type = ChangeAssertions.Single(result, "request-type-changed");
        Assert.Equal("type changes from PetOwner to Person", type.Effect);
        var removed = ChangeAssertions.Single(result, "request-property-removed");
        Assert.Equal(["PetOwner.Age"], removed.Symbols);
    }

    [Fact]
    public void A_format_that_changes_the_CSharp_type_is_a_type_change()
    {
        var result = Diff(InRequest("{type: object, properties: {count: {type: integer, format: int32}}}"), InRequest("{type: object, properties: {count: {type: integer, format: int64}}}"));

        var change = Assert.Single(result.Changes);
        Assert.Equal("request-type-changed", change.RuleId);
        Assert.Equal("Pet.Count type changes from int to long (Pet.count: integer (int32) became integer (int64))", change.Message);
    }

    [Fact]
    public void Array_items_are_compared_where_they_are()
    {
        var result = Diff(InResponse("{type: object, properties: {tags: {type: array, items: {type: string}}}}"), InResponse("{type: object, properties: {tags: {type: array, items: {type: integer}}}}"));

        var change = Assert.Single(result.Changes);
        Assert.Equal("response-type-changed", change.RuleId);
        Assert.Equal(["Pet.Tags[]"], change.Symbols);
        Assert.Equal("#/components/schemas/Pet/properties/tags/items", change.New!.Pointer);
    }

    [Fact]
    public void Map_values_are_compared_and_a_free_form_object_becoming_a_map_is_a_type_change()
    {
        var toMap = Diff(InResponse("{type: object, properties: {labels: {type: object}}}"), InResponse("{type: object, properties: {labels: {type: object, additionalProperties: {type: string}}}}"));
        var values = Diff(InResponse("{type: object, properties: {labels: {type: object, additionalProperties: {type: string}}}}"), InResponse("{type: object, properties: {labels: {type: object, additionalProperties: {type: boolean}}}}"));

        Assert.Equal("type changes from JsonElement to Dictionary<string, string>", ChangeAssertions.Single(toMap, "response-type-changed").Effect);
        Assert.Equal(["Pet.Labels[key]"], ChangeAssertions.Single(values, "response-type-changed").Symbols);
    }

    [Fact]
    public void OpenApi_3_1_null_types_are_nullability()
    {
        static string Spec(string name) => InResponse("{type: object, properties: {name: " + name + "}}").Replace("openapi: 3.0.3", "openapi: 3.1.0", StringComparison.Ordinal);

        var result = Diff(Spec("{type: string}"), Spec("{type: [string, 'null']}"));

        Assert.Equal(ChangeLevel.PotentiallyBreaking, ChangeAssertions.Single(result, "response-nullable-added").Level);
        ChangeAssertions.None(result, "response-type-changed");
    }

    [Fact]
    public void A_nullable_wrapper_around_a_reference_is_the_site_nullability()
    {
        const string person = "Person: {type: object}";
        var result = Diff(
            InResponse("{type: object, properties: {owner: {allOf: [{$ref: '#/components/schemas/Person'}]}}}", person),
            // With a type: OpenAPI.NET drops a 3.0 "nullable: true" written without one.
            InResponse("{type: object, properties: {owner: {type: object, nullable: true, allOf: [{$ref: '#/components/schemas/Person'}]}}}", person));

        var change = Assert.Single(result.Changes);
        Assert.Equal("response-nullable-added", change.RuleId);
        Assert.Equal(["Pet.Owner"], change.Symbols);
    }

    [Fact]
    public void A_plain_string_becoming_an_enum_is_a_type_change()
    {
        var change = Assert.Single(Diff(InRequest("{type: string}"), InRequest("{type: string, enum: [cat]}")).Changes);

        Assert.Equal("request-type-changed", change.RuleId);
        Assert.Equal("Pet type changes from string to Pet (Pet: string became enum of string)", change.Message);
    }

    [Fact]
    public void AllOf_references_are_composition()
    {
        const string parts = "A: {type: object, properties: {x: {type: string}}}\nB: {type: object, properties: {x: {type: string}}}";
        var result = Diff(
            InResponse("{allOf: [{$ref: '#/components/schemas/A'}, {type: object, properties: {y: {type: string}}}]}", parts),
            InResponse("{allOf: [{$ref: '#/components/schemas/B'}, {type: object, properties: {y: {type: string}}}]}", parts));

        var change = Assert.Single(result.Changes);
        Assert.Equal("response-composition-changed", change.RuleId);
        Assert.Contains("no longer includes A; now includes B", change.Detail);
    }

    [Fact]
    public void A_discriminator_change_is_composition()
    {
        const string variants = "Cat: {type: object, properties: {kind: {type: string}, type: {type: string}}}\nDog: {type: object, properties: {kind: {type: string}, type: {type: string}}}";
        var result = Diff(
            InResponse("{oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}], discriminator: {propertyName: type}}", variants),
            InResponse("{oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}], discriminator: {propertyName: kind}}", variants));

        Assert.Contains("discriminator type became kind", ChangeAssertions.Single(result, "response-composition-changed").Detail);
    }

    [Fact]
    public void A_union_becoming_a_discriminated_base_class_changes_its_shape()
    {
        const string variants = "Cat: {type: object, properties: {kind: {type: string}}}\nDog: {type: object, properties: {kind: {type: string}}}";
        var result = Diff(
            InResponse("{oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}", variants),
            InResponse("{oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}], discriminator: {propertyName: kind}}", variants));

        Assert.Equal("Pet changes from union to object (Pet: union became object)", ChangeAssertions.Single(result, "response-type-changed").Message);
    }

    [Fact]
    public void A_referenced_variant_swapped_for_another_is_reported_as_removed_and_added()
    {
        const string variants = "Cat: {type: object, properties: {a: {type: string}}}\nDog: {type: object, properties: {a: {type: string}}}\nBird: {type: object, properties: {a: {type: string}}}";
        var result = Diff(
            InResponse("{oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}", variants),
            InResponse("{oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Bird'}]}", variants));

        Assert.Equal(["response-variant-added", "response-variant-removed"], ChangeAssertions.RuleIds(result));
        Assert.Equal("Pet loses alternative Dog (Pet: oneOf alternative $ref Dog removed)", ChangeAssertions.Single(result, "response-variant-removed").Message);
    }
}
