using System.CommandLine;
using OpenApiCodegen.Cli.Contract;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Live;
using OpenApiCodegen.ContractTesting.Reports;
using OpenApiCodegen.ContractTesting.Spec;
using OpenApiCodegen.ContractTesting.Verification;
using Spectre.Console;

namespace OpenApiCodegen.Cli.Commands;

/// <summary>
/// <c>verify</c>: replays recorded answers through the generated client and reports drift between the spec and
/// the API: OneSignal's by default, any API's with <c>--spec</c> and <c>--recordings</c> (its client is generated and
/// compiled in memory). Needs no key and no network; <c>--live</c> runs the same checks against the real API instead.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var recordings = ContractOptions.Recordings();
        var spec = ContractOptions.Spec();
        var baseline = new Option<string?>("--baseline")
        {
            Description = $"Accepted drift and severity overrides (default: a {ContractTarget.BaselineFileName} beside the recordings folder, if any: {ContractPaths.Baseline} for OneSignal's).",
        };
        var format = new Option<string[]>("--format")
        {
            Description = "Reports to produce: console, markdown, junit, sarif, json (comma-separated or repeated; default: console).",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string?>("--out") { Description = $"Folder for the report files (default: {ContractPaths.ReportFolder})." };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with 1 when an unexpected finding is at least this severe: error, warning, info (default) or never." };
        var severity = new Option<string[]>("--severity") { Description = "Override a rule's severity, as RULE=error|warning|info (repeatable), e.g. CT207=error." };
        var verbose = new Option<bool>("--verbose") { Description = "List accepted drift and uncovered statuses too." };
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "Rewrite the baseline to accept exactly the current findings (keeps existing reasons); review the diff." };
        var live = new Option<bool>("--live")
        {
            Description = "Run against the real API, with a key per security scheme from the environment (ONESIGNAL_REST_API_KEY...; with --spec, the scheme name upper-cased: api_key -> API_KEY).",
        };
        var allowWrites = ContractOptions.AllowWrites();
        var baseUrl = ContractOptions.BaseUrl();
        var coverage = new Option<string?>("--coverage")
        {
            Description = "What coverage to demand: operations (default: every operation has a recording and a success), recorded (only operations with recordings are judged: for captured traffic) or none.",
        };

        var command = new Command("verify", "Replay recorded answers through the generated client and report drift between the spec and the API (OneSignal's, or any spec's with --spec and --recordings).")
        {
            recordings, spec, baseline, format, output, failOn, severity, verbose, updateBaseline, live, allowWrites, baseUrl, coverage,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Arguments(
                parse.GetValue(recordings),
                parse.GetValue(spec),
                parse.GetValue(baseline),
                parse.GetValue(format),
                Path.GetFullPath(parse.GetValue(output) ?? ContractPaths.ReportFolder),
                parse.GetValue(failOn),
                parse.GetValue(severity),
                parse.GetValue(verbose),
                parse.GetValue(updateBaseline),
                parse.GetValue(live),
                parse.GetValue(allowWrites),
                parse.GetValue(baseUrl),
                parse.GetValue(coverage)),
            CliConsole.Create(parse.InvocationConfiguration.Output),
            CliConsole.Create(parse.InvocationConfiguration.Error),
            cancellationToken));
        return command;
    }

    internal sealed record Arguments(
        string? Recordings, string? Spec, string? Baseline, string[]? Formats, string Output, string? FailOn, string[]? Severities,
        bool Verbose, bool UpdateBaseline, bool Live, bool AllowWrites, string? BaseUrl, string? Coverage = null);

    internal static async Task<int> RunAsync(Arguments arguments, IAnsiConsole console, IAnsiConsole errors, CancellationToken cancellationToken)
    {
        var formats = ContractOptions.Formats(arguments.Formats, out var formatError);
        var severities = ContractOptions.Severities(arguments.Severities, out var severityError);
        if ((formatError ?? severityError) is { } usage)
        {
            errors.MarkupLineInterpolated($"[red]error:[/] {usage}");
            return 2;
        }

        if (!ContractOptions.TryCoverage(arguments.Coverage, out var coverageMode))
        {
            errors.MarkupLineInterpolated($"[red]error:[/] --coverage '{arguments.Coverage}' is not operations, recorded or none");
            return 2;
        }

        if (!ContractOptions.TryFailOn(arguments.FailOn, out var failOn))
        {
            errors.MarkupLineInterpolated($"[red]error:[/] --fail-on '{arguments.FailOn}' is not error, warning, info or never");
            return 2;
        }

        RunResult result;
        ContractTarget target;
        var specPath = arguments.Spec is null ? null : Path.GetFullPath(arguments.Spec);
        try
        {
            // A spec that cannot be read is reported at its line before anything is generated from it.
            var spec = await SpecDocument.LoadAsync(specPath ?? ContractPaths.Resolve(null, ContractPaths.Spec), cancellationToken);
            target = ContractTarget.Resolve(arguments.Spec, arguments.Recordings, arguments.Baseline);
            var options = new VerifyOptions(target.Profile, target.Recordings, target.Spec, target.Baseline) { Severities = severities, CoverageMode = coverageMode };
            result = arguments.Live
                ? await RunLiveAsync(arguments, options, console, cancellationToken)
                : await ProgressDisplay.RunAsync(console, "replaying recordings", null, progress => ContractRun.VerifyAsync(options with { Progress = progress }, spec, Baseline.Load(target.Baseline), cancellationToken));
        }
        catch (Exception e) when (ContractErrors.IsUsageError(e))
        {
            return ContractErrors.Write(errors, e, specPath ?? ContractPaths.Spec);
        }

        if (formats.Contains(ReportFormat.Console))
        {
            ConsoleReport.Write(console, result, failOn, arguments.Verbose);
        }

        foreach (var file in formats.Where(f => f != ReportFormat.Console))
        {
            string path;
            try
            {
                path = ReportFiles.Write(file, result, arguments.Output);
            }
            catch (Exception e) when (OutputFailure.IsWriteFailure(e))
            {
                errors.MarkupLineInterpolated($"{OutputFailure.ForFolder(arguments.Output, e)}");
                return OutputFailure.ExitCode;
            }

            console.MarkupLineInterpolated($"[grey]wrote {path}[/]");
        }

        if (arguments.UpdateBaseline)
        {
            // With --spec and no baseline yet, the new one goes beside the recordings, where the next run finds it.
            var baselinePath = target.Baseline ?? ContractTarget.BesideRecordings(target.Recordings);
            var baseline = Baseline.Load(baselinePath);
            try
            {
                baseline.Write(baselinePath, result.Findings);
            }
            catch (Exception e) when (OutputFailure.IsWriteFailure(e))
            {
                errors.MarkupLineInterpolated($"{OutputFailure.ForFile(baselinePath, e)}");
                return OutputFailure.ExitCode;
            }

            console.MarkupLineInterpolated($"[yellow]baseline rewritten:[/] {baselinePath} now accepts {result.Findings.Count} finding(s); fill in the empty reasons");
            return 0;
        }

        return result.ExitCode(failOn);
    }

    private static Task<RunResult> RunLiveAsync(Arguments arguments, VerifyOptions options, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var environment = LiveEnvironment.FromEnvironment(options.Profile, arguments.BaseUrl);
        var live = new LiveOptions(environment, arguments.AllowWrites);
        return ProgressDisplay.RunAsync(console, "replaying recordings", null, progress => LiveRun.VerifyAsync(options with { Progress = progress }, live, cancellationToken));
    }
}
