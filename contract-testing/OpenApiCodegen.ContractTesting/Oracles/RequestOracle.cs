using Newtonsoft.Json;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Replay;
using OpenApiCodegen.ContractTesting.Spec;

namespace OpenApiCodegen.ContractTesting.Oracles;

/// <summary>
/// Judges the request the client sent: against the recorded request (method, path, query, body, key) and
/// against the spec (auth scheme and key of the operation, declared content type, request schema).
/// </summary>
public sealed class RequestOracle : IOracle
{
    public IEnumerable<Finding> Check(CaseResult result)
    {
        if (result.Exchange.Request is not { } sent)
        {
            return [];
        }

        var findings = new List<Finding>();
        var recorded = result.Recording.Request;
        if (!string.Equals(sent.Method, recorded.Method, StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(result.Finding(Rules.RequestMethod, "request:method", $"the client sent {sent.Method}; the recorded request used {recorded.Method}", recorded.Method, sent.Method));
        }

        var sentPath = DecodePath(sent.Path);
        var recordedPath = DecodePath(recorded.Path);
        if (!string.Equals(sentPath, recordedPath, StringComparison.Ordinal))
        {
            findings.Add(result.Finding(Rules.RequestPath, "request:path", "the client built another path than the recorded one", recordedPath, sentPath));
        }

        findings.AddRange(CheckQuery(result, sent));
        findings.AddRange(CheckAuth(result, sent));
        findings.AddRange(CheckBody(result, sent));
        return findings;
    }

    private static IEnumerable<Finding> CheckQuery(CaseResult result, SentRequest sent)
    {
        var expected = result.Recording.Request.Query.SelectMany(q => q.Value.Select(v => (q.Key, Value: v))).ToList();
        var actual = sent.Query.Select(q => (q.Key, q.Value)).ToList();
        foreach (var name in expected.Select(e => e.Key).Concat(actual.Select(a => a.Key)).Distinct(StringComparer.Ordinal))
        {
            var want = expected.Where(e => e.Key == name).Select(e => e.Value).Order(StringComparer.Ordinal).ToList();
            var got = actual.Where(a => a.Key == name).Select(a => a.Value).Order(StringComparer.Ordinal).ToList();
            if (want.SequenceEqual(got, StringComparer.Ordinal))
            {
                continue;
            }

            var undeclared = result.Operation.Parameter("query", name) is null;
            var message = undeclared && got.Count == 0
                ? $"the recorded request has query parameter '{name}', which the spec does not declare, so the client cannot send it"
                : $"query parameter '{name}' differs from the recorded request";
            yield return result.Finding(Rules.RequestQuery, $"query:{name}", message, Show(want), Show(got));
        }
    }

    private static IEnumerable<Finding> CheckAuth(CaseResult result, SentRequest sent)
    {
        var operation = result.Operation;
        var slots = result.Schemes.ToDictionary(s => s.Name, CredentialSlot.For, StringComparer.Ordinal);
        if (operation.SecuritySchemes.Count == 0)
        {
            foreach (var slot in slots.Values.DistinctBy(s => s.Pointer))
            {
                if (slot.In(sent.Header, n => Query(sent, n)) is { } value)
                {
                    yield return result.Finding(Rules.RequestAuth, slot.Pointer, $"the operation needs no credentials, yet the client sent {slot.Pointer}", "(none)", Hide(slot, value, result.Credentials));
                }
            }

            yield break;
        }

        // Any one of the operation's schemes will do: the client picks the first whose credential is set.
        var candidates = operation.SecuritySchemes.Where(slots.ContainsKey).Select(s => slots[s]).ToList();
        var expected = string.Join(" or ", candidates.Select(c => $"{c.Pointer} <{c.Scheme}>"));
        var sentSlots = candidates.Select(c => (Slot: c, Value: c.In(sent.Header, n => Query(sent, n)))).Where(c => c.Value is not null).ToList();
        var accepted = sentSlots.FirstOrDefault(c => result.Credentials.ForScheme(c.Slot.Scheme) is { } credential && c.Slot.Expected(credential) == c.Value);
        if (sentSlots.Count == 0)
        {
            yield return result.Finding(Rules.RequestAuth, candidates.FirstOrDefault()?.Pointer ?? "request", "the client sent no credentials", expected, "(none)");
        }
        else if (accepted.Slot is null)
        {
            var (slot, value) = sentSlots[0];
            var prefix = slot.Prefix is null ? null : value!.Split(' ')[0];
            var message = slot.Prefix is null || string.Equals(prefix, slot.Prefix, StringComparison.OrdinalIgnoreCase)
                ? "the client sent the wrong key for this operation's security scheme"
                : $"the client used the '{prefix}' auth scheme";
            yield return result.Finding(Rules.RequestAuth, slot.Pointer, message, expected, Hide(slot, value!, result.Credentials));
        }

        var used = accepted.Slot ?? sentSlots.FirstOrDefault().Slot;
        if (used is not null
            && used.In(result.Recording.Request.Header, n => result.Recording.Request.QueryValues(n)?.FirstOrDefault()) is { } recorded
            && used.In(sent.Header, n => Query(sent, n)) is { } sentValue
            && !string.Equals(recorded, sentValue, StringComparison.Ordinal))
        {
            yield return result.Finding(Rules.RequestAuth, used.Pointer, "the recorded request used another key than the client does", Hide(used, recorded, result.Credentials), Hide(used, sentValue, result.Credentials));
        }
    }

    private static string? Query(SentRequest sent, string name) => sent.Query.FirstOrDefault(q => q.Key == name).Value;

    private static IEnumerable<Finding> CheckBody(CaseResult result, SentRequest sent)
    {
        var declared = result.Operation.RequestBody;
        var hasBody = !string.IsNullOrEmpty(sent.Body);
        var contentType = sent.Header("Content-Type");
        if (declared is null)
        {
            if (hasBody)
            {
                yield return result.Finding(Rules.RequestContentType, "header:Content-Type", "the client sent a body; the spec declares none for this operation", "(no body)", contentType);
            }

            yield break;
        }

        if (!hasBody)
        {
            if (declared.Required)
            {
                yield return result.Finding(Rules.RequestContentType, "request:body", "the spec requires a body; the client sent none", string.Join(", ", declared.MediaTypes), "(no body)");
            }

            if (!string.IsNullOrEmpty(result.Recording.Request.Body))
            {
                yield return result.Finding(Rules.RequestBodyMismatch, "", "the recorded request has a body; the client sent none", Short(result.Recording.Request.Body), "(no body)");
            }

            yield break;
        }

        if (!MediaTypes.IsDeclared(contentType, declared.MediaTypes))
        {
            yield return result.Finding(Rules.RequestContentType, "header:Content-Type", "the request's Content-Type is not one the spec declares", string.Join(", ", declared.MediaTypes), contentType ?? "(none)");
        }

        if (result.Recording.Request.Header("Content-Type") is { } recordedType && MediaTypes.Essence(recordedType) != MediaTypes.Essence(contentType))
        {
            yield return result.Finding(Rules.RequestContentType, "header:Content-Type", "the recorded request had another Content-Type", recordedType, contentType ?? "(none)");
        }

        foreach (var finding in CompareWithRecording(result, sent.Body!))
        {
            yield return finding;
        }

        if (!MediaTypes.IsJson(contentType) || result.Spec.Schemas.Request(result.Operation.OperationId) is not { } schema)
        {
            yield break;
        }

        Newtonsoft.Json.Linq.JToken? token = null;
        string? parseError = null;
        try
        {
            token = SchemaCheck.Parse(sent.Body!);
        }
        catch (JsonException e)
        {
            parseError = e.Message;
        }

        if (token is null)
        {
            yield return result.Finding(Rules.RequestBodySchema, "", $"the client sent a body that is not JSON: {parseError}", "JSON", Short(sent.Body));
            yield break;
        }

        foreach (var issue in SchemaCheck.Validate(schema, token, reportReadOnly: true))
        {
            // A property the schema does not declare is an error only where the schema forbids others.
            var rule = issue.Kind switch
            {
                SchemaIssueKind.ReadOnly => Rules.RequestReadOnlyProperty,
                SchemaIssueKind.Undeclared => Rules.RequestUndeclaredProperty,
                _ => Rules.RequestBodySchema,
            };
            yield return result.Finding(rule, issue.Pointer, issue.Message, issue.Expected, issue.Actual);
        }
    }

    private static IEnumerable<Finding> CompareWithRecording(CaseResult result, string sentBody)
    {
        var recorded = result.Recording.Request.Body;
        if (string.IsNullOrEmpty(recorded))
        {
            return [result.Finding(Rules.RequestBodyMismatch, "", "the client sent a body; the recorded request had none", "(no body)", Short(sentBody))];
        }

        // The client fills an empty idempotency key itself, by design: a key the recording lacks is not drift.
        var filled = result.Descriptor?.Body?.IdempotencyKey is { } key ? "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal) : null;
        try
        {
            return JsonDiff.Compare(recorded, sentBody)
                .Where(d => !(d.Kind == JsonDifferenceKind.Added && d.Pointer == filled))
                .Select(d => result.Finding(Rules.RequestBodyMismatch, d.Pointer, d.Kind switch
                {
                    JsonDifferenceKind.Missing => "the client left out a value of the recorded body",
                    JsonDifferenceKind.Added => "the client added a value the recorded body does not have",
                    JsonDifferenceKind.Reformatted => "the client spells this value differently than the recorded body (same value, different text)",
                    _ => "the client sent another value than the recorded body",
                }, d.Expected, d.Actual))
                .ToList();
        }
        catch (System.Text.Json.JsonException)
        {
            return string.Equals(recorded, sentBody, StringComparison.Ordinal)
                ? []
                : [result.Finding(Rules.RequestBodyMismatch, "", "the client sent another body than the recorded one", Short(recorded), Short(sentBody))];
        }
    }

    private static string DecodePath(string path) => string.Join("/", path.Split('/').Select(Uri.UnescapeDataString));

    private static string Show(IReadOnlyList<string> values) => values.Count == 0 ? "(absent)" : string.Join(", ", values);

    private static string Short(string? text) => Excerpt.Of(text, 200);

    /// <summary>Names a known credential instead of printing it (<c>Key &lt;rest_api_key&gt;</c>); anything else is <c>&lt;another key&gt;</c>.</summary>
    private static string Hide(CredentialSlot slot, string value, Credentials credentials)
    {
        var scheme = credentials.BySchemeName.FirstOrDefault(c => slot.Expected(c.Value) == value).Key;
        var name = scheme is null ? "<another key>" : $"<{scheme}>";
        return slot.Prefix is null ? name : $"{value.Split(' ')[0]} {name}";
    }
}
