using Microsoft.CodeAnalysis;
using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>Every spec problem is reported at the spec's own line and column, and never crashes the compiler.</summary>
public sealed class DiagnosticTests
{
    private static Diagnostic Single(GenerationResult run, string id)
    {
        Assert.Null(run.GeneratorException);
        var matching = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got: {string.Join("\n", run.GeneratorDiagnostics)}");
        return matching[0];
    }

    private static (string Path, int Line, int Column) Where(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [Fact]
    public void YamlSyntaxErrorIsAnErrorAtItsLineAndColumn()
    {
        const string yaml = "openapi: 3.0.0\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a: [unclosed\n";
        var run = GeneratorHarness.Run(GeneratorHarness.Yaml(yaml, "broken"));
        var error = Single(run, "OAC001");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(("/specs/broken.yaml", 6, 7), Where(error)); // the bracket left open, not where the parser gave up
        Assert.Contains("Invalid YAML/JSON: The '[' at line 6, column 7 is never closed", error.GetMessage());
        Assert.Empty(run.CompilationProblems); // nothing half-generated
    }

    [Fact]
    public void ADocumentThatIsNotOpenApiIsAnError()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Yaml("just: some\nyaml: [1, 2]\n", "notopenapi"));
        var error = Single(run, "OAC001");
        Assert.Equal("/specs/notopenapi.yaml", Where(error).Path);
        Assert.Equal("The file is not an OpenAPI document: it has no 'openapi' or 'swagger' version field", error.GetMessage());
    }

    [Fact]
    public void UnresolvedReferenceIsAWarningAtTheReference()
    {
        const string yaml = """
            openapi: 3.0.0
            info: {title: x, version: '1'}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    owner:
                      $ref: '#/components/schemas/Missing'
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.Yaml(yaml));
        var warning = Single(run, "OAC003");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(("/specs/api.yaml", 10, 11), Where(warning));
        Assert.Contains("#/components/schemas/Missing", warning.GetMessage());
        run.AssertCompiles(); // the property falls back to JsonElement
        Assert.Contains("global::System.Text.Json.JsonElement? Owner", run.Source("Test.Api.Pet.g.cs"));
    }

    [Fact]
    public void APropertyNamedLikeAGeneratedMemberIsRenamedAndSaysWhy()
    {
        const string yaml = """
            openapi: 3.0.0
            info: {title: x, version: '1'}
            paths: {}
            components:
              schemas:
                Rule:
                  type: object
                  properties:
                    equals:
                      type: string
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.Yaml(yaml));
        var collision = Single(run, "OAC005");
        Assert.Equal("'the generated member Equals' and 'equals' both become 'Equals' in C#; 'equals' is named 'Equals2'", collision.GetMessage());
        Assert.Equal(("/specs/api.yaml", 9, 9), Where(collision));
        run.AssertCompiles();
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(", x-idempotency-key: false", false)]
    public void AHeaderNamedIdempotencyKeyIsTakenForOneAndSaysHowToOptOut(string extension, bool taken)
    {
        var yaml = $$"""
            openapi: 3.0.0
            info: {title: x, version: '1'}
            paths:
              /orders:
                post:
                  operationId: place_order
                  parameters:
                    - {name: idempotency-key, in: header, schema: {type: string}{{extension}}}
                  responses:
                    "204": {description: ok}
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.Yaml(yaml));

        var client = string.Concat(run.Sources.Values);
        Assert.Equal(taken, client.Contains("request.IsRetryable = true", StringComparison.Ordinal));
        if (taken)
        {
            var convention = Single(run, "OAC014");
            Assert.StartsWith("Header 'idempotency-key' is taken for an idempotency key", convention.GetMessage(), StringComparison.Ordinal);
            Assert.Equal(("/specs/api.yaml", 8, 11), Where(convention));
        }
        else
        {
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "OAC014");
        }

        run.AssertCompiles();
    }

    [Fact]
    public void AnIdempotencyKeyHeaderThatIsNotTextIsReportedAndLeftToTheCaller()
    {
        const string yaml = """
            openapi: 3.0.0
            info: {title: x, version: '1'}
            paths:
              /orders:
                post:
                  operationId: place_order
                  parameters:
                    - {name: Idempotency-Key, in: header, schema: {type: integer}}
                  responses:
                    "204": {description: ok}
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.Yaml(yaml));

        Assert.Contains("an idempotency key must be a string or uuid header", Single(run, "OAC004").GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("request.IsRetryable = true", string.Concat(run.Sources.Values), StringComparison.Ordinal);
        run.AssertCompiles();
    }

    [Fact]
    public void KeywordsWithNoCSharpShapeAreReportedWhereTheyAre()
    {
        const string yaml = """
            openapi: 3.1.0
            info: {title: x, version: '1'}
            paths: {}
            components:
              schemas:
                Point:
                  type: array
                  prefixItems:
                    - type: number
                    - type: number
                Label:
                  type: object
                  properties:
                    kind:
                      type: string
                      const: label
                    text:
                      type: string
                      not:
                        enum: ['']
                  patternProperties:
                    '^x-':
                      type: string
                  if:
                    required: [kind]
                  then:
                    required: [text]
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.Yaml(yaml));
        var unsupported = run.GeneratorDiagnostics.Where(d => d.Id == "OAC004").ToList();
        Assert.All(unsupported, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        (int Line, int Column) At(string keyword)
        {
            var diagnostic = Assert.Single(unsupported, d => d.GetMessage().Contains("'" + keyword + "'", StringComparison.Ordinal));
            return (Where(diagnostic).Line, Where(diagnostic).Column);
        }

        Assert.Equal((8, 7), At("prefixItems"));
        Assert.Equal((16, 11), At("const"));
        Assert.Equal((19, 11), At("not"));
        Assert.Equal((21, 7), At("patternProperties"));
        Assert.Equal((24, 7), At("if"));
        Assert.Equal((26, 7), At("then"));
        Assert.Equal(6, unsupported.Count);
        Assert.Contains("matching properties are kept, untyped, in ExtensionData", unsupported.Single(d => d.GetMessage().Contains("'patternProperties'")).GetMessage());
        run.AssertCompiles(); // typed as if the keywords were absent
    }

    [Fact]
    public void ConflictingAllOfPartsAreReportedAtTheSecondDeclaration()
    {
        var run = KitchenSinkSpec.Run();
        var conflicts = run.GeneratorDiagnostics.Where(d => d.Id == "OAC006").ToList();
        Assert.Equal(2, conflicts.Count);
        var when = conflicts.Single(d => d.GetMessage().Contains("'when'"));
        Assert.Equal(("/specs/kitchen-sink.yaml", 209, 9), Where(when));
        Assert.Contains("string (date-time) and as integer (int64)", when.GetMessage());
    }

    [Fact]
    public void NameCollisionsAreResolvedAndReported()
    {
        var run = KitchenSinkSpec.Run();
        Assert.Null(run.GeneratorException);
        var collisions = run.GeneratorDiagnostics.Where(d => d.Id == "OAC005").ToList();
        Assert.All(collisions, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));

        // isIos and is_ios: two properties, one C# name.
        Assert.Single(collisions, d => d.GetMessage().Contains("'is_ios' is named 'IsIos2'", StringComparison.Ordinal));

        // Operator.operator: a property named like its class, reported where the property is declared.
        var withClass = Assert.Single(collisions, d => d.GetMessage().Contains("'class Operator' and 'operator'", StringComparison.Ordinal));
        Assert.Contains("'operator' is named 'OperatorValue'", withClass.GetMessage());
        Assert.Equal(147, Where(withClass).Line);
        Assert.Equal(2, collisions.Count);
    }

    [Fact]
    public void ExternalReferencesResolveAgainstOtherAdditionalFiles()
    {
        const string main = """
            openapi: 3.0.0
            info: {title: x, version: '1'}
            paths: {}
            components:
              schemas:
                Order:
                  type: object
                  properties:
                    money:
                      $ref: 'common.yaml#/components/schemas/Money'
            """;
        const string common = """
            openapi: 3.0.0
            info: {title: common, version: '1'}
            paths: {}
            components:
              schemas:
                Money:
                  type: object
                  required: [amount]
                  properties:
                    amount: {type: number, format: decimal}
                    currency: {type: string}
            """;
        var run = GeneratorHarness.Run(
            new SpecItem("/specs/main.yaml", main, "Shop", "ShopClient"),
            new SpecItem("/specs/common.yaml", common, null, null, IsSpec: false));
        run.AssertCompiles();
        Assert.Contains("global::Shop.Money? Money", run.Source("Shop.Order.g.cs"));
        Assert.Contains("public required decimal Amount", run.Source("Shop.Money.g.cs"));
    }

    [Fact]
    public void ExternalReferenceToAFileThatIsNotAnAdditionalFileIsReported()
    {
        const string main = """
            openapi: 3.0.0
            info: {title: x, version: '1'}
            paths: {}
            components:
              schemas:
                Order:
                  type: object
                  properties:
                    money:
                      $ref: 'elsewhere.yaml#/components/schemas/Money'
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.Yaml(main));
        Assert.Null(run.GeneratorException);
        var missing = Single(run, "OAC009");
        Assert.Contains("'elsewhere.yaml' is not one of the project's AdditionalFiles", missing.GetMessage());
        Assert.Equal(("/specs/api.yaml", 10, 18), Where(missing));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        run.AssertCompiles();
    }

    [Fact]
    public void SeveralSpecsInOneProjectEachGetTheirNamespace()
    {
        const string spec = """
            openapi: 3.0.0
            info: {title: x, version: '1'}
            paths: {}
            components:
              schemas:
                Item: {type: object, properties: {id: {type: string}}}
            """;
        var run = GeneratorHarness.Run(
            new SpecItem("/specs/a.yaml", spec, "Vendor.A", "AClient"),
            new SpecItem("/specs/b.json", """{"swagger":"2.0","info":{"title":"b","version":"1"},"paths":{},"definitions":{"Item":{"type":"object","properties":{"n":{"type":"integer"}}}}}""", "Vendor.B", "BClient"));
        run.AssertCompiles();
        Assert.Contains("Vendor.A.Item.g.cs", run.Sources.Keys);
        Assert.Contains("Vendor.B.Item.g.cs", run.Sources.Keys);
        Assert.Contains("long? N", run.Source("Vendor.B.Item.g.cs"));
    }

    [Fact]
    public void InvalidNamespaceMetadataIsMadeValidWithAWarning()
    {
        var run = GeneratorHarness.Run(new SpecItem("/specs/a.yaml", "openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: object, properties: {x: {type: string}}}\n", "my-company.class", "AClient"));
        var warning = Single(run, "OAC008");
        Assert.Contains("'MyCompany.Class'", warning.GetMessage());
        run.AssertCompiles();
    }
}
