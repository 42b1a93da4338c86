namespace OpenApiCodegen.Cli.Tests.Commands;

/// <summary>A file given where a folder is expected is named as a file, not reported as a folder that does not exist.</summary>
public sealed class FolderArgumentTests : CliRun
{
    [Fact]
    public async Task Corpus_of_one_file_says_it_expects_a_folder()
    {
        var spec = Write("items.yaml", ValidSpec);

        var result = await Run("corpus", spec);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {spec} is a file; expected a folder of OpenAPI documents (.json/.yaml/.yml)", result.Errors.Trim());
    }

    [Fact]
    public async Task Verify_recordings_of_one_file_says_it_expects_a_folder()
    {
        var recording = Write("200-found.json", "{}");

        var result = await Run("verify", "--recordings", recording, "--spec", RepositoryRoot.Spec, "--baseline", RepositoryRoot.DriftBaseline);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {recording} is a file; expected a folder of recordings laid out as <operationId>/*.json", result.Errors.Trim());
    }
}
