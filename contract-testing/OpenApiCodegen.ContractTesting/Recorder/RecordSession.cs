using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiCodegen.ContractTesting.Live;
using OpenApiCodegen.ContractTesting.Recordings;
using OpenApiCodegen.ContractTesting.Replay;
using OpenApiCodegen.ContractTesting.Spec;
using OpenApiCodegen.ContractTesting.Verification;
using WireMock.Server;
using WireMock.Settings;

namespace OpenApiCodegen.ContractTesting.Recorder;

/// <summary>
/// <c>record</c>: the generated client sends the recorded requests (with the account's ids) to an
/// in-process WireMock.Net server in proxy-and-record mode, which forwards them to the API and keeps each
/// exchange as a mapping. Every mapping is normalized and redacted in memory before it is written, so no
/// key, token, email address or phone number reaches the disk; WireMock.Net itself writes nothing.
/// </summary>
public static class RecordSession
{
    public static async Task<RecordResult> RunAsync(RecordOptions options, IProgress<CaseProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var spec = await SpecDocument.LoadAsync(options.SpecPath, cancellationToken).ConfigureAwait(false);
        var set = RecordingSet.Load(options.RecordingsDirectory, spec);
        var (cases, skipped) = LivePlan.Select(spec, set.Recordings, options.Live);
        var environment = options.Live.Environment;
        var redactor = environment.Profile.Redactor(environment.Secrets());
        var identifiers = new LiveIdentifiers(environment);
        var written = new List<string>();
        var redactions = 0;

        using var proxy = WireMockServer.Start(new WireMockServerSettings
        {
            ReadStaticMappings = false,
            WatchStaticMappings = false,
            StartAdminInterface = false,
            ProxyAndRecordSettings = new ProxyAndRecordSettings
            {
                Url = environment.Address(spec).ToString().TrimEnd('/'),
                SaveMapping = true,
                SaveMappingToFile = false, // we write, after redacting
                ExcludedHeaders = MappingNormalizer.ExcludedRequestHeaders,
            },
        });
        using var runner = new CaseRunner(environment.Profile, spec, new Uri(proxy.Url!), environment.Credentials);

        var done = 0;
        foreach (var source in cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var operation = spec.Operations[source.OperationId];
            var before = proxy.Mappings.Select(m => m.Guid).ToHashSet();
            var result = await runner.RunAsync(operation, identifiers.Rewrite(source, operation), cancellationToken).ConfigureAwait(false);
            if (result.Exchange.Response is { } response)
            {
                identifiers.Learn(operation.OperationId, response.Status, response.Body);
            }

            foreach (var model in proxy.MappingModels.Where(m => m.Guid is { } guid && !before.Contains(guid)).ToList())
            {
                var mapping = JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(model, new Newtonsoft.Json.JsonSerializerSettings { NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore }))!.AsObject();
                var status = mapping["Response"]?["StatusCode"]?.ToString() ?? "000";
                var name = $"{status}-live{Suffix(written, operation.OperationId, status)}.json";
                MappingNormalizer.Normalize(mapping, $"{operation.OperationId} {status}: recorded live", $"Recorded live by 'record' from the request of {source.RelativePath}.", StableGuid($"{operation.OperationId}/{name}"));
                redactor.Redact(mapping, operation.Path.ParameterPositions);
                redactions += redactor.Redactions.Count;
                var path = Path.Combine(options.OutputDirectory, operation.OperationId, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, mapping.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", cancellationToken).ConfigureAwait(false);
                written.Add($"{operation.OperationId}/{name}");
                proxy.DeleteMapping(model.Guid!.Value); // the next request for the same path must reach the API again
            }

            progress?.Report(new CaseProgress(++done, cases.Count, source.RelativePath));
        }

        return new RecordResult(written, skipped, redactions);
    }

    /// <summary>"" for the first live recording of a status in this session, then "-2", "-3"...</summary>
    private static string Suffix(List<string> written, string operationId, string status)
    {
        var count = written.Count(w => w.StartsWith($"{operationId}/{status}-live", StringComparison.Ordinal));
        return count == 0 ? "" : $"-{count + 1}";
    }

    private static Guid StableGuid(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes(name)));
}
