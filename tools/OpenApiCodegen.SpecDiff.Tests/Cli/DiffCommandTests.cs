using System.CommandLine;
using System.Text.Json;
using OpenApiCodegen.Cli.Commands;
using static OpenApiCodegen.SpecDiff.Tests.Infrastructure.Specs;

namespace OpenApiCodegen.SpecDiff.Tests.Cli;

/// <summary>The <c>diff</c> command run in-process, as <c>dotnet run --project tools/OpenApiCodegen.Cli -- diff ...</c> would.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spec-diff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Exit_code_is_0_without_changes_at_the_fail_on_level_and_1_with()
    {
        var old = Write("old.yaml", InResponse("{type: string, enum: [cat]}"));
        var potential = Write("new.yaml", InResponse("{type: string, enum: [cat, dog]}"));

        Assert.Equal(0, Run("diff", old, old).ExitCode);
        Assert.Equal(0, Run("diff", old, potential).ExitCode); // --fail-on breaking by default
        Assert.Equal(1, Run("diff", old, potential, "--fail-on", "potential").ExitCode);
    }

    [Fact]
    public void Fail_on_any_fails_on_a_non_breaking_change()
    {
        var old = Write("old.yaml", InRequest("{type: string, enum: [cat]}"));
        var added = Write("new.yaml", InRequest("{type: string, enum: [cat, dog]}"));

        Assert.Equal(0, Run("diff", old, added, "--fail-on", "potential").ExitCode);
        Assert.Equal(1, Run("diff", old, added, "--fail-on", "any").ExitCode);
    }

    [Fact]
    public void The_report_goes_to_the_console_or_to_a_file_in_the_chosen_format()
    {
        var old = Write("old.yaml", InRequest("{type: object, properties: {name: {type: string}}}"));
        var current = Write("new.yaml", InRequest("{type: object, properties: {age: {type: integer}}}"));
        var report = Path.Combine(_folder, "out", "diff.json");

        var console = Run("diff", old, current);
        var toFile = Run("diff", old, current, "--format", "json", "--out", report);

        Assert.Equal(1, console.ExitCode);
        Assert.Contains("error cs-member-removed: Pet.Name removed (property Pet.name removed)", console.Output);
        Assert.Equal(1, toFile.ExitCode);
        Assert.Contains("report written to", toFile.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal("cs-member-removed", json.RootElement.GetProperty("changes")[0].GetProperty("ruleId").GetString());
        Assert.Equal("csharp", json.RootElement.GetProperty("changes")[0].GetProperty("scope").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("notes").GetArrayLength());
    }

    [Fact]
    public void Format_api_prints_the_generated_public_API_delta_and_the_client_name_can_be_chosen()
    {
        var old = Write("old.yaml", InRequest("{type: object, properties: {name: {type: string}}}"));
        var current = Write("new.yaml", InRequest("{type: object, properties: {age: {type: integer}}}"));

        var result = Run("diff", old, current, "--format", "api", "--client-name", "ShopClient", "--namespace", "Shop");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            ["+Pet.Age { get; set; } -> long?", "-Pet.Name { get; set; } -> string?", $"// 1 removed, 1 added ({old} -> {current})"],
            result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("ShopClient.CreatePetAsync", Run("diff", old, Write("none.yaml", InRequest("{type: object}").Replace("create_pet", "add_pet", StringComparison.Ordinal)), "--client-name", "ShopClient").Output);
    }

    [Fact]
    public void An_unreadable_spec_exits_with_2_and_says_which_file_and_why()
    {
        var good = Write("good.yaml", InRequest("{type: object}"));
        var bad = Write("bad.yaml", "openapi: 3.0.0\ninfo: [\n");

        var result = Run("diff", good, bad);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {bad}(", result.Errors);
        Assert.Contains("invalid YAML/JSON", result.Errors);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Problems_OpenAPI_NET_read_past_are_warnings_and_the_diff_still_runs()
    {
        // An operation without responses: OpenAPI.NET reports it and reads on.
        var spec = Write("spec.yaml", Document("/pets:\n  get: {operationId: list_pets}"));

        var result = Run("diff", spec, spec);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: {spec}: ", result.Errors);
        Assert.Contains("no changes", result.Output);
    }

    [Theory]
    [InlineData("text", "diff ")]
    [InlineData("markdown", "# OpenAPI diff")]
    [InlineData("junit", "<testsuites")]
    public void Every_format_is_accepted_by_name(string format, string expected)
    {
        var spec = Write("spec.yaml", InRequest("{type: object}"));

        var result = Run("diff", spec, spec, "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Output);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var root = new RootCommand { DiffCommand.Create() };
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = errors });
        return (exitCode, output.ToString(), errors.ToString());
    }
}
