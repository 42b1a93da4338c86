namespace OpenApiCodegen.Cli.Tests.Commands;

/// <summary>An --out the file system refuses is a usage mistake: one error line on stderr and exit code 2, never a stack trace.</summary>
public sealed class OutputLocationTests : CliRun
{
    [Fact]
    public async Task Generate_into_a_file_says_it_is_a_file()
    {
        var spec = Write("items.yaml", ValidSpec);
        var file = Write("taken.txt", "not a folder");

        var result = await Run("generate", spec, "--out", file, "--no-compile");

        AssertOneWriteError(result, $"error: cannot write {file}: it is a file, not a folder");
    }

    [Fact]
    public async Task Generate_under_a_file_names_the_file_in_the_way()
    {
        var spec = Write("items.yaml", ValidSpec);
        var file = Write("taken.txt", "not a folder");
        var output = Path.Combine(file, "generated");

        var result = await Run("generate", spec, "--out", output, "--no-compile");

        AssertOneWriteError(result, $"error: cannot write {output}: {file} is a file, not a folder");
    }

    [Fact]
    public async Task Diff_report_under_a_file_is_refused_in_one_line()
    {
        var spec = Write("items.yaml", ValidSpec);
        var file = Write("taken.txt", "not a folder");
        var report = Path.Combine(file, "diff.json");

        var result = await Run("diff", spec, spec, "--format", "json", "--out", report);

        AssertOneWriteError(result, $"error: cannot write {report}: {file} is a file, not a folder");
    }

    [Fact]
    public async Task Verify_reports_into_a_file_are_refused_in_one_line()
    {
        var recordings = Directory.CreateDirectory(Path.Combine(Folder, "recordings")).FullName;
        var file = Write("taken.txt", "not a folder");

        var result = await Run(
            "verify", "--recordings", recordings, "--spec", RepositoryRoot.Spec, "--baseline", RepositoryRoot.DriftBaseline,
            "--format", "json", "--out", file, "--fail-on", "never");

        AssertOneWriteError(result, $"error: cannot write {file}: it is a file, not a folder");
    }

    private static void AssertOneWriteError(CliResult result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Errors.Trim());
        Assert.DoesNotContain("Unhandled exception", result.Output + result.Errors, StringComparison.Ordinal);
    }
}
