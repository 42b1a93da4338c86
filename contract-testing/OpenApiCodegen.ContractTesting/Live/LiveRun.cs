using System.Diagnostics;
using OpenApiCodegen.ContractTesting.Coverage;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Recordings;
using OpenApiCodegen.ContractTesting.Replay;
using OpenApiCodegen.ContractTesting.Spec;
using OpenApiCodegen.ContractTesting.Verification;

namespace OpenApiCodegen.ContractTesting.Live;

/// <summary>
/// <c>verify --live</c>: the replay's checks against the real API. The recordings give the requests (with
/// the account's ids swapped in); the answers come from the API, so the response and client checks judge
/// today's API. Findings name the recording whose request was sent.
/// </summary>
public static class LiveRun
{
    public static async Task<RunResult> VerifyAsync(VerifyOptions options, LiveOptions live, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var baseline = Baseline.Load(options.BaselinePath);
        var spec = await SpecDocument.LoadAsync(options.SpecPath, cancellationToken).ConfigureAwait(false);
        var set = RecordingSet.Load(options.RecordingsDirectory, spec);
        var (cases, _) = LivePlan.Select(spec, set.Recordings, live);
        var findings = new List<Finding>(set.Problems);
        var identifiers = new LiveIdentifiers(live.Environment);
        var called = new List<Recording>();

        using (var runner = new CaseRunner(options.Profile, spec, live.Environment.Address(spec), live.Environment.Credentials))
        {
            foreach (var source in cases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var operation = spec.Operations[source.OperationId];
                var recording = identifiers.Rewrite(source, operation);
                var result = await runner.RunAsync(operation, recording, cancellationToken).ConfigureAwait(false);
                if (result.Exchange.Response is { } response)
                {
                    identifiers.Learn(operation.OperationId, response.Status, response.Body);
                    called.Add(recording with { Response = new RecordedResponse(response.Status, response.Headers, response.Body) });
                }

                findings.AddRange(ContractRun.Oracles.SelectMany(o => o.Check(result)));
                options.Progress?.Report(new CaseProgress(called.Count, cases.Count, source.RelativePath));
            }
        }

        // Coverage of what the API answered today; operations left out on purpose are not "missing".
        var coverage = CoverageMatrix.Build(spec, called);
        return ContractRun.Finish("live", options, baseline, spec, cases.Count, findings, coverage, clock.Elapsed);
    }
}
