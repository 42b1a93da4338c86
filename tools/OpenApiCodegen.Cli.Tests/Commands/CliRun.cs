using System.CommandLine;
using OpenApiCodegen.Cli.Commands;

namespace OpenApiCodegen.Cli.Tests.Commands;

/// <summary>What one in-process run of the CLI printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Errors);

/// <summary>
/// Runs the CLI in-process, as <c>dotnet run --project tools/OpenApiCodegen.Cli -- ...</c> would, with a scratch
/// folder for the files a test writes. Output and errors are captured separately: error lines must go to stderr.
/// </summary>
public abstract class CliRun : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("cli-tests-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>A small spec that generates and compiles.</summary>
    protected const string ValidSpec = ParitySpecs.Theirs;

    /// <summary>YAML with an unclosed flow sequence on line 6; the parser notices at the end of the file, line 7.</summary>
    protected const string BrokenYaml = "openapi: 3.0.0\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a: [unclosed\n";

    /// <summary>Valid YAML that is not an OpenAPI document: it has no version field.</summary>
    protected const string NotOpenApi = "just: some\nyaml: [1, 2]\n";

    protected string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    internal static async Task<CliResult> Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exitCode = await CliRoot.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = errors });
        return new CliResult(exitCode, output.ToString(), errors.ToString());
    }
}
