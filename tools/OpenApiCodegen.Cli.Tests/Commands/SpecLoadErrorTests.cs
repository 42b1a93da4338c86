namespace OpenApiCodegen.Cli.Tests.Commands;

/// <summary>
/// Every command describes a spec it cannot read as diff does: the file, the line and column of a syntax
/// error, or that the document has no version field, without OpenAPI.NET's raw "(Lin: .., Col: ..)" noise.
/// </summary>
public sealed class SpecLoadErrorTests : CliRun
{
    [Fact]
    public async Task Parity_locates_a_yaml_syntax_error_as_diff_does()
    {
        var ours = Write("ours.yaml", ValidSpec);
        Write("README.md", "# No deliberate differences\n");
        var broken = Write("broken.yaml", BrokenYaml);

        var parity = await Run("parity", ours, broken);
        var diff = await Run("diff", ours, broken);

        Assert.Equal(2, parity.ExitCode);
        Assert.Equal(diff.Errors.Trim(), parity.Errors.Trim());
        Assert.StartsWith($"error: {broken}(6,7): invalid YAML/JSON: ", parity.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Lin:", parity.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parity_says_a_file_without_a_version_field_is_not_openapi()
    {
        var ours = Write("ours.yaml", ValidSpec);
        Write("README.md", "# No deliberate differences\n");
        var other = Write("other.yaml", NotOpenApi);

        var result = await Run("parity", ours, other);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {other}: not an OpenAPI document: it has no 'openapi' or 'swagger' version field", result.Errors.Trim());
    }

    [Fact]
    public async Task Verify_spec_locates_a_yaml_syntax_error_as_diff_does()
    {
        var recordings = Directory.CreateDirectory(Path.Combine(Folder, "recordings")).FullName;
        var broken = Write("broken.yaml", BrokenYaml);

        var result = await Run("verify", "--recordings", recordings, "--spec", broken, "--baseline", RepositoryRoot.DriftBaseline);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {broken}(6,7): invalid YAML/JSON: ", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Lin:", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain(": :", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_names_a_file_that_is_not_openapi_and_claims_nothing_compiled()
    {
        var spec = Write("notopenapi.yaml", NotOpenApi);
        var output = Path.Combine(Folder, "out");

        var result = await Run("generate", spec, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"{spec}(1,1): error OAC001: The file is not an OpenAPI document: it has no 'openapi' or 'swagger' version field",
            result.Errors,
            StringComparison.Ordinal);
        Assert.DoesNotContain("compiled cleanly", result.Output, StringComparison.Ordinal);
        Assert.Contains("nothing generated", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "nothing is written for a spec the generator refused");
    }

    [Fact]
    public async Task Generate_after_a_yaml_syntax_error_claims_nothing_compiled()
    {
        var spec = Write("broken.yaml", BrokenYaml);

        var result = await Run("generate", spec, "--out", Path.Combine(Folder, "out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{spec}(6,7): error OAC001: Invalid YAML/JSON", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("compiled cleanly", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Corpus_names_a_file_that_is_not_openapi()
    {
        Write("specs/notopenapi.yaml", NotOpenApi);

        var result = await Run("corpus", Path.Combine(Folder, "specs"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"notopenapi.yaml: generate: {Path.Combine(Folder, "specs", "notopenapi.yaml")}(1,1): error OAC001: The file is not an OpenAPI document: it has no 'openapi' or 'swagger' version field",
            result.Output,
            StringComparison.Ordinal);
        Assert.Contains("corpus: 1 specs, 0 compiled, 1 failed", result.Output, StringComparison.Ordinal);
    }
}
