using WireMock;
using WireMock.Logging;
using WireMock.Matchers.Request;
using WireMock.RequestBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace OpenApiCodegen.ContractTesting.Replay;

/// <summary>
/// An in-process WireMock.Net server that serves one recording at a time, loaded from its file exactly as
/// WireMock.Net reads mapping files. One at a time, so that a 200 and a 429 recorded for the same request
/// never compete for it. Behind it, a fallback answers any request with the recording's response, so that a
/// request that differs from the recorded one (reported by the request checks) still gets the answer, and the
/// answer and the client are judged all the same.
/// </summary>
public sealed class ReplayServer : IDisposable
{
    private static readonly Guid FallbackGuid = new("0f1f2f3f-4f5f-4f6f-8f7f-8f9fafbfcfdf");
    private IMapping? _recording;

    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings
    {
        ReadStaticMappings = false,
        WatchStaticMappings = false,
        StartAdminInterface = false,
    });

    public Uri Url => new(_server.Url!);

    /// <summary>Serves only this mapping file from now on.</summary>
    /// <exception cref="Recordings.RecordingFormatException">WireMock.Net cannot load the file.</exception>
    public void Load(string mappingFile)
    {
        _server.ResetMappings();
        _server.ResetLogEntries();
        try
        {
            _server.ReadStaticMappingAndAddOrUpdate(mappingFile);
        }
        catch (Exception e)
        {
            throw LoadError(mappingFile, e);
        }

        _recording = _server.Mappings.FirstOrDefault()
            ?? throw new Recordings.RecordingFormatException("WireMock.Net loaded no mapping from it");
        _server.Given(Request.Create().UsingAnyMethod())
            .WithGuid(FallbackGuid)
            .AtPriority(int.MaxValue)
            .RespondWith(_recording.Provider);
    }

    /// <summary>WireMock.Net's refusal, located at the matcher it is about (line and column in the file) when that can be told.</summary>
    private static Recordings.RecordingFormatException LoadError(string mappingFile, Exception e)
    {
        var message = $"WireMock.Net cannot load it: {e.Message}";
        try
        {
            var text = File.ReadAllText(mappingFile);
            if (System.Text.Json.Nodes.JsonNode.Parse(text) is System.Text.Json.Nodes.JsonObject mapping && Recordings.MatcherProblem.Locate(mapping, e.Message) is { } pointer)
            {
                return new Recordings.RecordingFormatException(message, e) { Pointer = pointer, Location = Recordings.MappingLocation.Of(text, pointer) };
            }
        }
        catch (Exception reading) when (reading is IOException or System.Text.Json.JsonException)
        {
            // The loader reports a file it cannot read; here there is just nothing to locate.
        }

        return new Recordings.RecordingFormatException(message, e);
    }

    /// <summary>
    /// Null when the last request matched the loaded mapping; otherwise which of its matchers failed, as
    /// WireMock.Net scored them (the recording's response was served all the same).
    /// </summary>
    public string? Mismatch()
    {
        var entry = _server.LogEntries.LastOrDefault();
        if (entry is null)
        {
            return "the client sent no request";
        }

        if (entry.MappingGuid is { } guid && guid != Guid.Empty && guid != FallbackGuid)
        {
            return null;
        }

        // Bodies are the request checks' to compare (CT107): they know what the client fills by design, such as an
        // idempotency key, which WireMock.Net's JSON matcher would take for a difference.
        var failed = _recording?.GetRequestMatchResult(entry.RequestMessage!, null).MatchDetails
            .Where(d => d.Score < 1.0 && !d.Name.Contains("Body", StringComparison.Ordinal))
            .Select(Describe)
            .ToList() ?? [];
        return failed.Count > 0 ? "no match on " + string.Join(", ", failed) : null;
    }

    private static string Describe(MatchDetail detail)
    {
        var name = detail.Name.Replace("RequestMessage", "", StringComparison.Ordinal).Replace("Matcher", "", StringComparison.Ordinal);
        return detail.MatchDetails is { Length: > 0 } inner ? $"{name} ({string.Join(", ", inner.Select(Describe))})" : name;
    }

    public void Dispose() => _server.Stop();
}
