using OpenApiCodegen.ContractTesting.Recordings;
using OpenApiCodegen.ContractTesting.Spec;

namespace OpenApiCodegen.ContractTesting.Live;

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
        var environment = options.Environment;
        var profile = environment.Profile;
        var ordered = recordings
            .OrderBy(r => LiveIdentifiers.Order(profile, r.OperationId))
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

            if (operation.SecuritySchemes.Count > 0 && !operation.SecuritySchemes.Any(s => environment.Credentials.ForScheme(s) is not null))
            {
                skipped.Add($"{recording.RelativePath}: needs {string.Join(" or ", operation.SecuritySchemes.Select(profile.CredentialVariable))}");
                continue;
            }

            if (profile.Identifiers.FirstOrDefault(i => operation.Path.ParameterNames.Contains(i.Parameter) && environment.Identifier(i.Placeholder) is null) is { } missing)
            {
                skipped.Add($"{recording.RelativePath}: needs {profile.IdentifierVariable(missing)}");
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
