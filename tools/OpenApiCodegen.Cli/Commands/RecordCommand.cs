using System.CommandLine;
using OpenApiCodegen.Cli.Contract;
using OpenApiCodegen.ContractTesting.Live;
using OpenApiCodegen.ContractTesting.Recorder;
using OpenApiCodegen.ContractTesting.Spec;
using OpenApiCodegen.ContractTesting.Verification;
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
        var command = new Command("record", "Record live answers as redacted WireMock.Net mappings, a key per security scheme from the environment (OneSignal: ONESIGNAL_REST_API_KEY, ONESIGNAL_ORGANIZATION_API_KEY, ONESIGNAL_APP_ID; with --spec, the scheme name upper-cased).")
        {
            recordings, output, spec, baseUrl, allowWrites,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            return RunAsync(parse.GetValue(recordings), parse.GetValue(output), parse.GetValue(spec),
                parse.GetValue(baseUrl), parse.GetValue(allowWrites),
                CliConsole.Create(parse.InvocationConfiguration.Output), CliConsole.Create(parse.InvocationConfiguration.Error), cancellationToken);
        });
        return command;
    }

    internal static async Task<int> RunAsync(string? recordings, string? output, string? spec, string? baseUrl, bool allowWrites, IAnsiConsole console, IAnsiConsole errors, CancellationToken cancellationToken)
    {
        RecordResult result;
        var specPath = spec is null ? ContractPaths.Resolve(null, ContractPaths.Spec) : Path.GetFullPath(spec);
        try
        {
            await SpecDocument.LoadAsync(specPath, cancellationToken);
            var target = ContractTarget.Resolve(spec, recordings, null);
            output = output is null ? target.Recordings : Path.GetFullPath(output);
            var options = new RecordOptions(target.Recordings, output, target.Spec, new LiveOptions(LiveEnvironment.FromEnvironment(target.Profile, baseUrl), allowWrites));
            // A line per request when redirected: a long session always shows where it is.
            var lines = new ImmediateProgress<CaseProgress>(p => console.WriteLine($"[{p.Done}/{p.Total}] {p.Current}"));
            result = await ProgressDisplay.RunAsync(console, "recording", lines, progress => RecordSession.RunAsync(options, progress, cancellationToken));
        }
        catch (Exception e) when (ContractErrors.IsUsageError(e))
        {
            return ContractErrors.Write(errors, e, specPath);
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
