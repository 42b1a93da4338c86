using OpenApiCodegen.SpecDiff.CSharp;
using OpenApiCodegen.SpecDiff.Loading;
using OpenApiCodegen.SpecDiff.Rules;
using static OpenApiCodegen.SpecDiff.Tests.Infrastructure.Specs;

namespace OpenApiCodegen.SpecDiff.Tests.CSharp;

public sealed class UnavailableViewTests
{
    [Fact]
    public void A_version_the_generator_refuses_leaves_the_wire_changes_without_symbols_and_says_why()
    {
        var old = SpecLoader.Parse("old.yaml", InRequest("{type: object, properties: {name: {type: string}}}"));
        var current = SpecLoader.Parse("new.yaml", InRequest("{type: object, properties: {age: {type: integer}}}"));

        var result = SpecDiffer.Compare(old, current, new ClientIdentity("Shop", "ShopClient"), new Refusing());

        var change = Assert.Single(result.Changes, c => c.RuleId == "request-property-removed");
        Assert.Empty(change.Symbols);
        Assert.DoesNotContain(result.Changes, c => c.Rule.IsCSharp());
        Assert.Equal(
            [
                "the generator refused old.yaml: old.yaml(1,1): error OAC001: broken; no C# view, wire-level changes only",
                "the generator refused new.yaml: new.yaml(1,1): error OAC001: broken; no C# view, wire-level changes only",
            ],
            result.Notes);
        Assert.Null(result.OldApi);
    }

    private sealed class Refusing : IClientCompiler
    {
        public GeneratedClient? Compile(string path, string text, ClientIdentity identity, out IReadOnlyList<string> errors)
        {
            errors = [$"{path}(1,1): error OAC001: broken"];
            return null;
        }
    }
}
