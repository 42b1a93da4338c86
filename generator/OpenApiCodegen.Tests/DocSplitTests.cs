using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Model;
using OpenApiCodegen.Parse;
using OpenApiCodegen.Parse.Docs;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>
/// The generator maps a spec from its structure, with the descriptions and summaries taken out, and puts the docs back
/// afterwards (<see cref="DocSplit"/>), so that rewording a doc does not parse and map the spec again. That is only
/// allowed if it changes nothing: on every spec here, the model built that way must equal the model built from the
/// whole spec, diagnostics and their locations included.
/// </summary>
public sealed class DocSplitTests
{
    private static readonly string SpecsFolder = Path.Combine(AppContext.BaseDirectory, "Specs");
    private static readonly string DocsEverywhere = Path.Combine(SpecsFolder, "Docs", "docs-everywhere.yaml");

    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SpecsFolder, "*", SearchOption.AllDirectories).Where(SpecFiles.IsSpecFile).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(SpecsFolder, file));
        }

        data.Add(Path.Combine(RepositoryPaths.Root, "spec", "onesignal.yaml"));
        if (Directory.Exists(RepositoryPaths.SharedSpecVersions))
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SharedSpecVersions).Where(SpecFiles.IsSpecFile).Order(StringComparer.Ordinal))
            {
                data.Add(file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void MappingTheStructureAndPuttingTheDocsBackGivesTheWholeSpecsModel(string file)
    {
        var path = Path.IsPathRooted(file) ? file : Path.Combine(SpecsFolder, file);
        AssertSplitChangesNothing(File.ReadAllText(path), path);
    }

    [Fact]
    public void WindowsLineEndingsSplitTheSameWay()
    {
        var text = File.ReadAllText(DocsEverywhere).Replace("\r\n", "\n").Replace("\n", "\r\n");
        var split = AssertSplitChangesNothing(text, DocsEverywhere);
        Assert.Contains("Everything about pets.", split.Docs.Docs);
    }

    [Fact]
    public void TakesOutDocsInEveryScalarFormAndLeavesDataAndNamesAlone()
    {
        var split = AssertSplitChangesNothing(File.ReadAllText(DocsEverywhere), DocsEverywhere);
        var docs = split.Docs.Docs;

        // Every form YAML writes a doc in, read as YAML reads it.
        Assert.Contains("The API's description, over\ntwo lines.\n", docs);
        Assert.Contains("People, who own 'pets'.", docs);
        Assert.Contains("Lists the pets, folded into one line.\n", docs);
        Assert.Contains("A query parameter named description, with an escape: \"quoted\".", docs);
        Assert.Contains("A block scalar\n  with a deeper line\nand \"quotes\": kept as they are.", docs);
        Assert.Contains("The pet's name, folded over a second line.", docs);
        Assert.Contains("Single 'quoted' over two lines", docs);
        Assert.Contains("The owner's pets.\n\nTwo paragraphs.", docs);

        // Data and names stay in the structure: an example's and an extension's fields, a property named description.
        var structure = split.Structure.Source.Text;
        Assert.Contains("description: this is data, not a doc", structure);
        Assert.Contains("description: an extension's data", structure);
        Assert.Contains("description: example data", structure);
        Assert.Contains("        description:\n          type: string", structure);

        // What YAML would read as something else, or as nothing, stays too; so do anchors and aliases.
        Assert.Contains("description: true", structure);
        Assert.Contains("description: Infinity", structure);
        Assert.Contains("description: \"   \"", structure);
        Assert.Contains("description: &shared A doc written once", structure);
        Assert.Contains("description: *shared", structure);
        Assert.Contains("How many, written on the line after its key.", structure);
        Assert.Contains("description: Someone who owns a pet. # a comment after the doc", structure);

        // Every line stays where it was, so every location in the structure is a location in the spec.
        var text = File.ReadAllText(DocsEverywhere);
        Assert.Equal(text.Split('\n').Length, structure.Split('\n').Length);
    }

    [Fact]
    public void ASpecTheScannerCannotFollowIsNotSplit()
    {
        Assert.Empty(Split("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"description\": \"json\", \"version\": \"1\"}, \"paths\": {}}").Docs.Docs);
        Assert.Empty(Split("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n  description: two documents\n---\npaths: {}\n").Docs.Docs);
        Assert.Empty(Split("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n  description: complex keys\npaths:\n  ? /a\n  : get: {}\n").Docs.Docs);
        Assert.Empty(Split("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n  description: \"never closed\npaths: {}\n").Docs.Docs);

        // Line breaks YAML counts and the scanner does not would put the structure's lines out of step with the spec's.
        Assert.Empty(Split("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n  description: old\rMac\npaths: {}\n").Docs.Docs);
        Assert.Empty(Split("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n  description: a\u2028b\npaths: {}\n").Docs.Docs);

        // A spec that already holds the marker character could pass for a split one.
        Assert.Empty(Split("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n  description: a \uE000 in the text\npaths: {}\n").Docs.Docs);
    }

    [Fact]
    public void ASplitSpecMapsLikeTheWholeOneEvenWhenItHasErrors()
    {
        // A reference to nothing, after multi-line docs: the diagnostic is located in the spec, not in the structure.
        const string text = """
            openapi: 3.0.3
            info:
              title: Broken
              version: '1'
              description: |
                Three lines
                of description
                before the error.
            paths: {}
            components:
              schemas:
                Thing:
                  description: A thing.
                  type: object
                  properties:
                    size:
                      description: |
                        A size, whose type
                        is not there.
                      $ref: '#/components/schemas/Missing'
            """;
        AssertSplitChangesNothing(text, "/specs/broken.yaml");

        var whole = SpecModelBuilder.Build(new SpecInput(new SpecSource("/specs/broken.yaml", text, "Broken", "BrokenClient"), EquatableArray<SpecFile>.Empty));
        var diagnostic = Assert.Single(whole.Diagnostics, d => d.Location.StartLine > 8);
        Assert.True(diagnostic.Location.Start > text.IndexOf("is not there.", StringComparison.Ordinal), diagnostic.ToString());
    }

    [Theory]
    [InlineData("\"multi\n        line quoted\"")]
    [InlineData("'multi\n        line single'")]
    public void AnErrorAfterAQuotedDocIsStillTheSameError(string doc)
    {
        // Found by rewriting corpus specs' docs: a doc, then a line indented under it, which YAML cannot place. The
        // marker standing in for the doc is quoted, so the structure fails where the spec fails (a plain marker would
        // take the line in as its continuation, and the error would be gone).
        var text = $"""
            openapi: 3.0.3
            info:
              title: Quoted doc, then more
              version: '1'
            paths: {"{}"}
            components:
              parameters:
                Country:
                  name: country
                  in: query
                  schema:
                    type: string
                  description: {doc}

                    Text that YAML cannot place.
                  example: GBR
            """;
        AssertSplitChangesNothing(text, "/specs/error-after-doc.yaml");
        var whole = SpecModelBuilder.Build(new SpecInput(new SpecSource("/specs/error-after-doc.yaml", text, "Broken", "BrokenClient"), EquatableArray<SpecFile>.Empty));
        Assert.NotEmpty(whole.Diagnostics);
    }

    private static DocSplit Split(string text)
        => DocSplit.Of(new SpecInput(new SpecSource("/specs/split.yaml", text, "Split", "SplitClient"), EquatableArray<SpecFile>.Empty));

    private static DocSplit AssertSplitChangesNothing(string text, string path)
    {
        var spec = new SpecItem(path, text, "Docs.Everywhere", "DocsClient");
        Assert.Null(DocSplitCheck.Difference(spec));
        return DocSplit.Of(new SpecInput(new SpecSource(path, text, "Docs.Everywhere", "DocsClient"), EquatableArray<SpecFile>.Empty));
    }
}
