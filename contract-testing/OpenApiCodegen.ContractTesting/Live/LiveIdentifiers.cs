using System.Text.Json;
using OpenApiCodegen.ContractTesting.Recordings;
using OpenApiCodegen.ContractTesting.Spec;

namespace OpenApiCodegen.ContractTesting.Live;

/// <summary>
/// Turns a recording into a request for the real account: identifier placeholders become the real values from the
/// environment, and ids of things the account really has are learned from the list operations the profile names
/// (<see cref="Profiles.ContractProfile.IdentifierSources"/>), which run first. Ids it cannot learn stay as recorded,
/// and the API's 404 for them is checked like any answer.
/// </summary>
public sealed class LiveIdentifiers(LiveEnvironment environment)
{
    private readonly Dictionary<string, string> _learned = new(StringComparer.Ordinal);

    /// <summary>Operations whose answers teach ids run first, in the profile's order.</summary>
    public static int Order(Profiles.ContractProfile profile, string operationId)
    {
        var sources = profile.IdentifierSources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].OperationId == operationId)
            {
                return i;
            }
        }

        return sources.Count;
    }

    public void Learn(string operationId, int status, string body)
    {
        if (status is < 200 or >= 300 || environment.Profile.IdentifierSources.FirstOrDefault(s => s.OperationId == operationId) is not { } source)
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(source.ArrayProperty, out var items) && items.ValueKind == JsonValueKind.Array
                && items.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
                && first.TryGetProperty(source.IdProperty, out var id) && id.ValueKind == JsonValueKind.String)
            {
                _learned[source.Parameter] = id.GetString()!;
            }
        }
        catch (JsonException)
        {
            // The oracles report an unreadable body; there is just nothing to learn from it.
        }
    }

    public Recording Rewrite(Recording recording, OperationSpec operation)
    {
        var request = recording.Request;
        var match = operation.Path.Match(request.Path);
        var path = request.Path;
        if (match is not null)
        {
            var concrete = request.Path.Split('/');
            foreach (var (index, name) in operation.Path.ParameterPositions)
            {
                var value = _learned.TryGetValue(name, out var learned) ? learned : Swap(match.Values[name]);
                concrete[index] = Uri.EscapeDataString(value);
            }

            path = string.Join("/", concrete);
        }

        // The recorded credentials are placeholders; live, the request is judged against the spec's schemes only.
        var slots = environment.Profile.Catalog.SecuritySchemes.Select(Replay.CredentialSlot.For).ToList();
        var query = request.Query
            .Where(q => !slots.Any(s => s.Location == "query" && s.Name == q.Key))
            .Select(q => new KeyValuePair<string, IReadOnlyList<string>>(q.Key, q.Value.Select(Swap).ToList())).ToList();
        var body = request.Body;
        if (body is not null)
        {
            foreach (var (placeholder, value) in environment.Identifiers)
            {
                body = body.Replace(placeholder, value, StringComparison.Ordinal);
            }
        }

        var headers = request.Headers
            .Where(h => !slots.Any(s => s.Location == "header" && string.Equals(s.Name, h.Key, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return recording with { Request = request with { Path = path, Query = query, Headers = headers, Body = body } };
    }

    private string Swap(string value) => environment.Identifier(value) ?? value;
}
