using WireMock.Logging;
using WireMock.Matchers.Request;
using WireMock.Server;
using WireMock.Settings;

namespace OpenApiCodegen.ContractTesting.Replay;

/// <summary>
/// An in-process WireMock.Net server that serves one recording at a time, loaded from its file exactly as
/// WireMock.Net reads mapping files. One at a time, so that a 200 and a 429 recorded for the same request
/// never compete for it.
/// </summary>
public sealed class ReplayServer : IDisposable
{
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
            throw new Recordings.RecordingFormatException($"WireMock.Net cannot load it: {e.Message}", e);
        }

        if (!_server.Mappings.Any())
        {
            throw new Recordings.RecordingFormatException("WireMock.Net loaded no mapping from it");
        }
    }

    /// <summary>
    /// Null when the last request matched the loaded mapping; otherwise which of its matchers failed, as
    /// WireMock.Net scored them.
    /// </summary>
    public string? Mismatch()
    {
        var entry = _server.LogEntries.LastOrDefault();
        if (entry is null)
        {
            return "the client sent no request";
        }

        if (entry.MappingGuid is not null && entry.MappingGuid != Guid.Empty)
        {
            return null;
        }

        var failed = entry.PartialMatchResult?.MatchDetails
            .Where(d => d.Score < 1.0)
            .Select(Describe)
            .ToList() ?? [];
        return failed.Count > 0 ? "no match on " + string.Join(", ", failed) : "WireMock.Net found no matching mapping";
    }

    private static string Describe(MatchDetail detail)
    {
        var name = detail.Name.Replace("RequestMessage", "", StringComparison.Ordinal).Replace("Matcher", "", StringComparison.Ordinal);
        return detail.MatchDetails is { Length: > 0 } inner ? $"{name} ({string.Join(", ", inner.Select(Describe))})" : name;
    }

    public void Dispose() => _server.Stop();
}
