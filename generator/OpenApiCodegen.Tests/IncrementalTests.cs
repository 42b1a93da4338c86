using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>
/// The pipeline caches: unrelated edits cost no generator work; one schema edit re-emits one file; rewording a doc does
/// not parse or map the spec again.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] TrackedSteps =
    {
        "AdditionalFiles", "SpecInputs", "DocSplits", "StructureModels", "Models", "Diagnostics", "TypeEmissions", "JsonContexts", "HttpClientFactory", "ClientShells", "OperationGroups",
        "OperationCatalogReference", "OperationCatalogs",
    };

    [Fact]
    public void AnUnrelatedCSharpEditLeavesEveryStepCachedOrUnchanged()
    {
        var compilation = InProcessGenerator.CreateCompilation(["namespace Consumer { class A { } }"]);
        var cancellation = TestContext.Current.CancellationToken;
        var driver = InProcessGenerator.CreateDriver([Client.ShopClientFixture.Spec]).RunGenerators(compilation, cancellation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { class B { } }", InProcessGenerator.ParseOptions, cancellationToken: cancellation));
        var result = driver.RunGenerators(edited, cancellation).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} is not tracked; tracked: {string.Join(", ", result.TrackedSteps.Keys)}");
            foreach (var run in result.TrackedSteps[step])
            {
                foreach (var (_, reason) in run.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} was {reason} after an unrelated edit");
                }
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void EditingOneSchemaReEmitsOnlyThatSchemasFile()
    {
        var original = KitchenSinkSpec.Spec.Text;
        var editedText = original.Replace("            radius:\n              type: number", "            radius:\n              type: number\n              description: The radius, in points.");
        var result = RunAfterEdit(KitchenSinkSpec.Spec, editedText);

        var emissions = result.TrackedSteps["TypeEmissions"].SelectMany(r => r.Outputs).ToList();
        var modified = emissions.Where(o => o.Reason == IncrementalStepRunReason.Modified).ToList();
        Assert.Single(modified);
        Assert.Contains("Circle", modified[0].Value.ToString());
        Assert.All(emissions.Where(o => o.Reason != IncrementalStepRunReason.Modified),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, o.Reason.ToString()));

        var contexts = result.TrackedSteps["JsonContexts"].SelectMany(r => r.Outputs).ToList();
        Assert.All(contexts, o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
    }

    [Fact]
    public void EditingOneOperationReEmitsOnlyItsGroup()
    {
        var original = Client.ShopClientFixture.Spec.Text;
        var editedText = original.Replace("operationId: export_pets", "operationId: export_pets\n      summary: Export every pet as CSV.");
        var result = RunAfterEdit(Client.ShopClientFixture.Spec, editedText);

        var groups = result.TrackedSteps["OperationGroups"].SelectMany(r => r.Outputs).ToList();
        var modified = Assert.Single(groups, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("PetsClient", modified.Value.ToString());
        Assert.All(result.TrackedSteps["ClientShells"].SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(result.TrackedSteps["TypeEmissions"].SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
    }

    [Fact]
    public void RewordingASchemasDescriptionKeepsTheMappedModelAndReEmitsOnlyThatSchemasFile()
    {
        const string before = "description: A pet for sale. Descriptions may contain <xml> & \"quotes\".";
        const string after = "description: A pet for sale, reworded. Descriptions may contain <xml> & \"quotes\".";
        Assert.Contains(before, KitchenSinkSpec.Spec.Text);
        var result = RunAfterEdit(KitchenSinkSpec.Spec, KitchenSinkSpec.Spec.Text.Replace(before, after));

        // The spec is split again, but its structure is the same: nothing is parsed or mapped again.
        Assert.All(result.TrackedSteps["DocSplits"].SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(result.TrackedSteps["StructureModels"].SelectMany(r => r.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.All(result.TrackedSteps["Models"].SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));

        var emissions = result.TrackedSteps["TypeEmissions"].SelectMany(r => r.Outputs).ToList();
        var modified = Assert.Single(emissions, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("Name = Pet,", modified.Value.ToString());
        Assert.Contains("A pet for sale, reworded.", modified.Value.ToString());
        Assert.All(result.TrackedSteps["OperationGroups"].SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
    }

    [Fact]
    public void AStructuralEditMapsTheSpecAgain()
    {
        var original = KitchenSinkSpec.Spec.Text;
        var editedText = original.Replace("            radius:\n              type: number", "            radius:\n              type: integer");
        var result = RunAfterEdit(KitchenSinkSpec.Spec, editedText);

        Assert.All(result.TrackedSteps["StructureModels"].SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        var modified = Assert.Single(result.TrackedSteps["TypeEmissions"].SelectMany(r => r.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("Circle", modified.Value.ToString());
    }

    /// <summary>Runs the generator on the spec, then again with its text edited; the second run's result.</summary>
    private static GeneratorRunResult RunAfterEdit(SpecItem spec, string editedText)
    {
        Assert.NotEqual(spec.Text, editedText);
        var compilation = InProcessGenerator.CreateCompilation(["namespace Consumer { class A { } }"]);
        var cancellation = TestContext.Current.CancellationToken;
        var text = InProcessGenerator.ToAdditionalText(spec);
        var driver = InProcessGenerator.CreateDriver([spec], [text]).RunGenerators(compilation, cancellation);
        driver = driver.ReplaceAdditionalText(text, new InMemoryAdditionalText(spec.Path, editedText));
        return driver.RunGenerators(compilation, cancellation).GetRunResult().Results.Single();
    }

    [Fact]
    public void PipelineModelsHoldNoCompilationObjects()
    {
        // Anything that holds a Compilation, symbol, syntax node, Location or Diagnostic would defeat caching.
        var forbidden = new[] { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Diagnostic), typeof(SyntaxTree) };
        var modelTypes = typeof(OpenApiGenerator).Assembly.GetTypes()
            .Where(t => t.Namespace is "OpenApiCodegen.Model" or "OpenApiCodegen.Diagnostics" && !t.IsAbstract || t.Namespace == "OpenApiCodegen.Model")
            .Where(t => !t.Name.Contains('<') && t.Name != "DiagnosticDescriptors");
        foreach (var type in modelTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Assert.DoesNotContain(forbidden, f => f.IsAssignableFrom(property.PropertyType));
            }
        }
    }
}
