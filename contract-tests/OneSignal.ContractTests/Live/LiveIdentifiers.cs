using System.Text.Json;
using OneSignal.ContractTests.Recordings;
using OneSignal.ContractTests.Spec;

namespace OneSignal.ContractTests.Live;

/// <summary>
/// Turns a recording into a request for the real account: placeholders become the app and organization
/// ids from the environment, and ids of things the account really has (a notification, segment, template,
/// journey, API key) are learned from the list operations that run first. Ids it cannot learn (users,
/// subscriptions) stay as recorded, and the API's 404 for them is checked like any answer.
/// </summary>
public sealed class LiveIdentifiers(LiveEnvironment environment)
{
    /// <summary>operationId of a list operation, the array in its answer, the id property, and the path parameter it feeds.</summary>
    private static readonly (string Operation, string Array, string Id, string Parameter)[] Sources =
    [
        ("get_notifications", "notifications", "id", "notification_id"),
        ("get_segments", "segments", "id", "segment_id"),
        ("view_templates", "templates", "id", "template_id"),
        ("view_journeys", "journeys", "id", "journey_id"),
        ("view_api_keys", "tokens", "token_id", "token_id"),
    ];

    private readonly Dictionary<string, string> _learned = new(StringComparer.Ordinal);

    /// <summary>Operations whose answers teach ids run first.</summary>
    public static int Order(string operationId) => Array.FindIndex(Sources, s => s.Operation == operationId) is var i and >= 0 ? i : Sources.Length;

    public void Learn(string operationId, int status, string body)
    {
        if (status is < 200 or >= 300 || Sources.FirstOrDefault(s => s.Operation == operationId) is not { Operation: not null } source)
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(source.Array, out var items) && items.ValueKind == JsonValueKind.Array
                && items.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
                && first.TryGetProperty(source.Id, out var id) && id.ValueKind == JsonValueKind.String)
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

        var query = request.Query.Select(q => new KeyValuePair<string, IReadOnlyList<string>>(q.Key, q.Value.Select(Swap).ToList())).ToList();
        var body = request.Body is null ? null : request.Body
            .Replace(Placeholders.AppId, environment.AppId, StringComparison.Ordinal)
            .Replace(Placeholders.OrganizationId, environment.OrganizationId ?? Placeholders.OrganizationId, StringComparison.Ordinal);

        // The recorded Authorization holds a placeholder; live, the request is judged against the spec's scheme only.
        var headers = request.Headers.Where(h => !string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).ToList();
        return recording with { Request = request with { Path = path, Query = query, Headers = headers, Body = body } };
    }

    private string Swap(string value) => value switch
    {
        Placeholders.AppId => environment.AppId,
        Placeholders.OrganizationId => environment.OrganizationId ?? value,
        _ => value,
    };
}
