using System.CommandLine;
using OpenApiCodegen.Cli.Contract;
using OpenApiCodegen.ContractTesting.Import;
using OpenApiCodegen.ContractTesting.Spec;
using Spectre.Console;

namespace OpenApiCodegen.Cli.Commands;

/// <summary>
/// <c>import har|vcr FILE... --out DIR</c>: captured traffic (HAR files from browsers, proxies and API tools; VCR-style
/// YAML cassettes from test suites) becomes redacted recordings in our layout, ready for <c>verify --recordings DIR</c>.
/// </summary>
internal static class ImportCommand
{
    private const int ShownUnmatched = 20;

    public static Command Create()
    {
        var command = new Command("import", "Turn captured traffic into redacted recordings (one per exchange that matches an operation of the spec).")
        {
            Format("har", "HAR files (HTTP Archive), as browsers, proxies and API tools export them.", HarReader.Read),
            Format("vcr", "VCR-style YAML cassettes (vcrpy's or Ruby VCR's).", VcrReader.Read),
        };
        return command;
    }

    private static Command Format(string name, string description, Func<string, CaptureFile> read)
    {
        var files = new Argument<string[]>("files") { Description = "The capture files.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The recordings folder to write into (<operationId>/<status>-imported.json; existing files are kept).", Required = true };
        var spec = ContractOptions.Spec();
        var command = new Command(name, description) { files, output, spec };
        command.SetAction((parse, cancellationToken) => RunAsync(
            name, read, parse.GetValue(files)!, parse.GetValue(output)!, parse.GetValue(spec),
            CliConsole.Create(parse.InvocationConfiguration.Output), CliConsole.Create(parse.InvocationConfiguration.Error), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(string format, Func<string, CaptureFile> read, string[] files, string output, string? spec, IAnsiConsole console, IAnsiConsole errors, CancellationToken cancellationToken)
    {
        var outputPath = Path.GetFullPath(output);
        var specPath = spec is null ? ContractPaths.Resolve(null, ContractPaths.Spec) : Path.GetFullPath(spec);
        ImportResult result;
        try
        {
            var document = await SpecDocument.LoadAsync(specPath, cancellationToken);
            var target = ContractTarget.Resolve(spec, outputPath, null);
            var captures = files.Select(f => File.Exists(f) ? read(Path.GetFullPath(f)) : new CaptureFile([], [$"{Path.GetFullPath(f)}: no such file"])).ToList();
            result = ImportSession.Run(captures, document, target.Profile, outputPath, format);
        }
        catch (Exception e) when (ContractErrors.IsUsageError(e))
        {
            return ContractErrors.Write(errors, e, specPath);
        }
        catch (Exception e) when (OutputFailure.IsWriteFailure(e))
        {
            errors.MarkupLineInterpolated($"{OutputFailure.ForFolder(outputPath, e)}");
            return OutputFailure.ExitCode;
        }

        foreach (var problem in result.Problems)
        {
            errors.MarkupLineInterpolated($"[red]error:[/] {problem}");
        }

        foreach (var note in result.Notes)
        {
            console.MarkupLineInterpolated($"[grey]note: {note}[/]");
        }

        foreach (var line in result.Unmatched.Take(ShownUnmatched))
        {
            console.MarkupLineInterpolated($"[yellow]unmatched:[/] {line}");
        }

        if (result.Unmatched.Count > ShownUnmatched)
        {
            console.MarkupLineInterpolated($"[yellow]unmatched:[/] ... and {result.Unmatched.Count - ShownUnmatched} more");
        }

        console.MarkupLineInterpolated($"import {format}: wrote {result.Written.Count} recording(s) to {outputPath}, {result.Unmatched.Count} exchange(s) matched no operation, {result.Redactions} value(s) redacted");
        if (result.Written.Count > 0)
        {
            console.MarkupLineInterpolated($"Next: [bold]dotnet run --project tools/OpenApiCodegen.Cli -- verify --recordings {outputPath} --coverage recorded{(spec is null ? "" : $" --spec {specPath}")}[/]");
        }

        return result.Problems.Count > 0 ? 1 : 0;
    }
}
