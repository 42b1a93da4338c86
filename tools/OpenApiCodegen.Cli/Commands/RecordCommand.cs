using System.CommandLine;
using OneSignal.ContractTests.Live;
using OneSignal.ContractTests.Recorder;
using OneSignal.ContractTests.Spec;
using OneSignal.ContractTests.Verification;
using OpenApiCodegen.Cli.Contract;
using Spectre.Console;

namespace OpenApiCodegen.Cli.Commands;

/// <summary>
/// <c>record</c>: sends the recordings' requests to the real API through WireMock.Net's proxy-and-record
/// and writes what came back as new, redacted recordings (<c>&lt;operationId&gt;/&lt;status&gt;-live.json</c>).
/// </summary>
internal static class RecordCommand
{
    public static Command Create()
    {
        var recordings = ContractOptions.Recordings();
        var output = new Option<string?>("--out") { Description = "Where to write the new recordings (default: the --recordings folder)." };
        var spec = ContractOptions.Spec();
        var baseUrl = ContractOptions.BaseUrl();
        var allowWrites = ContractOptions.AllowWrites();
        var command = new Command("record", $"Record live OneSignal answers as redacted WireMock.Net mappings (keys from {LiveEnvironment.RestApiKeyVariable}, {LiveEnvironment.OrganizationApiKeyVariable}, {LiveEnvironment.AppIdVariable}).")
        {
            recordings, output, spec, baseUrl, allowWrites,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var source = ContractPaths.Resolve(parse.GetValue(recordings), ContractPaths.Recordings);
            return RunAsync(source, parse.GetValue(output) is { } o ? Path.GetFullPath(o) : source, ContractPaths.Resolve(parse.GetValue(spec), ContractPaths.Spec),
                parse.GetValue(baseUrl), parse.GetValue(allowWrites),
                CliConsole.Create(parse.InvocationConfiguration.Output), CliConsole.Create(parse.InvocationConfiguration.Error), cancellationToken);
        });
        return command;
    }

    internal static async Task<int> RunAsync(string source, string output, string spec, string? baseUrl, bool allowWrites, IAnsiConsole console, IAnsiConsole errors, CancellationToken cancellationToken)
    {
        RecordResult result;
        try
        {
            var options = new RecordOptions(source, output, spec, new LiveOptions(LiveEnvironment.FromEnvironment(baseUrl), allowWrites));
            // A line per request when redirected: a long session always shows where it is.
            var lines = new ImmediateProgress<CaseProgress>(p => console.WriteLine($"[{p.Done}/{p.Total}] {p.Current}"));
            result = await ProgressDisplay.RunAsync(console, "recording", lines, progress => RecordSession.RunAsync(options, progress, cancellationToken));
        }
        catch (SpecLoadException e)
        {
            errors.MarkupLineInterpolated($"[red]error:[/] {SpecLoadMessage.Explain(spec, e.Message)}");
            return 2;
        }
        catch (Exception e) when (e is LiveConfigurationException or DirectoryNotFoundException)
        {
            errors.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 2;
        }

        foreach (var skip in result.Skipped)
        {
            console.MarkupLineInterpolated($"[grey]skipped {skip}[/]");
        }

        console.MarkupLineInterpolated($"record: wrote {result.Written.Count} recording(s) to {output}, {result.Skipped.Count} request(s) skipped, {result.Redactions} value(s) redacted");
        console.MarkupLine("Next: [bold]dotnet run --project tools/OpenApiCodegen.Cli -- verify[/] to check them.");
        return 0;
    }
}
