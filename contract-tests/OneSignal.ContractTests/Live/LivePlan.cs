using OneSignal.ContractTests.Recordings;
using OneSignal.ContractTests.Spec;

namespace OneSignal.ContractTests.Live;

/// <summary>
/// Which recordings a live run (or a recording session) calls: one per distinct request, success
/// recordings first (a 429 recorded for the same request adds nothing live), read-only operations unless
/// writes are allowed, and only operations whose key and ids the environment provides.
/// </summary>
public static class LivePlan
{
    public static (IReadOnlyList<Recording> Cases, IReadOnlyList<string> Skipped) Select(SpecDocument spec, IEnumerable<Recording> recordings, LiveOptions options)
    {
        var cases = new List<Recording>();
        var skipped = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ordered = recordings
            .OrderBy(r => LiveIdentifiers.Order(r.OperationId))
            .ThenBy(r => r.OperationId, StringComparer.Ordinal)
            .ThenBy(r => r.Response.Status is >= 200 and < 300 ? 0 : 1)
            .ThenBy(r => r.RelativePath, StringComparer.Ordinal);
        foreach (var recording in ordered)
        {
            var operation = spec.Operations[recording.OperationId];
            if (!operation.IsReadOnly && !options.AllowWrites)
            {
                skipped.Add($"{recording.RelativePath}: {operation.Method} changes data (use --allow-writes)");
                continue;
            }

            if (operation.SecuritySchemes.All(s => s == "organization_api_key") && options.Environment.OrganizationApiKey is null)
            {
                skipped.Add($"{recording.RelativePath}: needs {LiveEnvironment.OrganizationApiKeyVariable}");
                continue;
            }

            if (operation.Path.ParameterNames.Contains("organization_id") && options.Environment.OrganizationId is null)
            {
                skipped.Add($"{recording.RelativePath}: needs {LiveEnvironment.OrganizationIdVariable}");
                continue;
            }

            var request = recording.Request;
            var key = $"{request.Method} {request.Path}?{string.Join("&", request.Query.Select(q => $"{q.Key}={string.Join(",", q.Value)}"))} {request.Body}";
            if (seen.Add(key))
            {
                cases.Add(recording);
            }
        }

        return (cases, skipped);
    }
}
