using System.Diagnostics;
using OpenApiCodegen.ContractTesting.Coverage;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Oracles;
using OpenApiCodegen.ContractTesting.Recorder;
using OpenApiCodegen.ContractTesting.Recordings;
using OpenApiCodegen.ContractTesting.Replay;
using OpenApiCodegen.ContractTesting.Spec;

namespace OpenApiCodegen.ContractTesting.Verification;

/// <summary>
/// <c>verify</c>: loads the spec and the recordings, replays each recording through the generated client
/// against an in-process WireMock.Net server, asks the three oracles, and applies severities and the baseline.
/// No key and no network are needed.
/// </summary>
public static class ContractRun
{
    public static IReadOnlyList<IOracle> Oracles { get; } = [new RequestOracle(), new ResponseOracle(), new ClientOracle()];

    /// <exception cref="SpecLoadException">The spec cannot be used.</exception>
    /// <exception cref="BaselineException">The baseline cannot be used.</exception>
    /// <exception cref="DirectoryNotFoundException">The recordings folder does not exist.</exception>
    public static async Task<RunResult> VerifyAsync(VerifyOptions options, CancellationToken cancellationToken = default)
    {
        var baseline = Baseline.Load(options.BaselinePath);
        var spec = await SpecDocument.LoadAsync(options.SpecPath, cancellationToken).ConfigureAwait(false);
        return await VerifyAsync(options, spec, baseline, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same, with the spec and baseline already loaded (tests load the spec once).</summary>
    public static async Task<RunResult> VerifyAsync(VerifyOptions options, SpecDocument spec, Baseline baseline, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var set = RecordingSet.Load(options.RecordingsDirectory, spec);
        var findings = new List<Finding>(set.Problems);

        using (var server = new ReplayServer())
        using (var runner = new CaseRunner(options.Profile, spec, server.Url, Credentials.Placeholders(options.Profile.SchemeNames)))
        {
            var done = 0;
            foreach (var recording in set.Recordings)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var operation = spec.Operations[recording.OperationId];
                findings.AddRange(SecretScan.Scan(recording, operation, options.Profile));
                findings.AddRange(await ReplayAsync(server, runner, operation, recording, cancellationToken).ConfigureAwait(false));
                options.Progress?.Report(new CaseProgress(++done, set.Recordings.Count, recording.RelativePath));
            }
        }

        var coverage = CoverageMatrix.Build(spec, set.Recordings);
        findings.AddRange(coverage.Findings(options.CoverageMode));
        return Finish("replay", options, baseline, spec, set.Recordings.Count, findings, coverage, clock.Elapsed);
    }

    /// <summary>Severities (command line first, then the baseline file), then the baseline's acceptances.</summary>
    internal static RunResult Finish(string mode, VerifyOptions options, Baseline baseline, SpecDocument spec, int cases, List<Finding> findings, CoverageMatrix coverage, TimeSpan duration)
    {
        var severities = new Dictionary<string, Severity>(baseline.Severities, StringComparer.OrdinalIgnoreCase);
        foreach (var (rule, severity) in options.Severities)
        {
            severities[Rules.Find(rule)?.Id ?? rule] = severity;
        }

        var adjusted = findings.Select(f => severities.TryGetValue(f.Rule.Id, out var s) ? f with { Severity = s } : f).ToList();
        var judged = baseline.Apply(adjusted);
        return new RunResult(mode, spec.Title, spec.FilePath, options.RecordingsDirectory, cases, judged, coverage, baseline.Unused(judged), duration);
    }

    private static async Task<IReadOnlyList<Finding>> ReplayAsync(ReplayServer server, CaseRunner runner, OperationSpec operation, Recording recording, CancellationToken cancellationToken)
    {
        try
        {
            server.Load(recording.FullPath);
        }
        catch (RecordingFormatException e)
        {
            return [Finding.Of(Rules.RecordingMalformed, recording.OperationId, recording.RelativePath, e.Pointer ?? "", e.Describe(recording.RelativePath)) with { Line = e.Location?.Line, Column = e.Location?.Column }];
        }

        var result = await runner.RunAsync(operation, recording, cancellationToken).ConfigureAwait(false);
        var findings = new List<Finding>();
        var requestFindings = Oracles[0].Check(result).ToList();
        findings.AddRange(requestFindings);
        if (result.Exchange.Request is not null && server.Mismatch() is { } mismatch && requestFindings.Count == 0)
        {
            // The request checks found nothing, yet the recording's own matchers refuse the request: say which.
            findings.Add(result.Finding(Rules.ReplayUnmatched, "request", $"the recording's request matchers refuse what the client sent: {mismatch}"));
        }

        // The recording's response was served either way, so one mismatch in the request hides nothing about the answer.

        findings.AddRange(Oracles[1].Check(result));
        findings.AddRange(Oracles[2].Check(result));
        return findings;
    }
}
