using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Replay;
using OpenApiCodegen.ContractTesting.Spec;

namespace OpenApiCodegen.ContractTesting.Oracles;

/// <summary>
/// Judges the answer against the spec: is the status declared, the content type declared for it, its
/// headers present and valid, and its body valid against the declared schema, with every property declared.
/// </summary>
public sealed class ResponseOracle : IOracle
{
    public IEnumerable<Finding> Check(CaseResult result)
    {
        if (result.Exchange.Response is not { } response)
        {
            return [];
        }

        var findings = new List<Finding>();
        var declared = result.Operation.ResponseFor(response.Status);
        var status = response.Status.ToString(CultureInfo.InvariantCulture);
        var documented = string.Join(", ", result.Operation.Responses.Select(r => r.Status));
        // A 2xx the spec does not list (or leaves to 'default') is success to the client, read as the operation's success
        // answer: reported as undeclared, then checked against that answer, as the client read it.
        if (result.Operation.ResponseAsTheClientReads(response.Status) is { } success && success != declared)
        {
            findings.Add(result.Finding(Rules.StatusUndeclared, "response:status", $"status {status} is not declared for {result.Operation.OperationId}; the client reads it as its {success.Status} answer", documented, status));
            declared = success;
        }
        else if (declared is null)
        {
            findings.Add(result.Finding(Rules.StatusUndeclared, "response:status", $"status {status} is not declared for {result.Operation.OperationId}", documented, status));
            return findings;
        }
        else if (declared.Status == "default")
        {
            findings.Add(result.Finding(Rules.StatusDefaultOnly, "response:status", $"status {status} is covered only by 'default'", documented, status));
        }

        findings.AddRange(CheckHeaders(result, response, declared));
        findings.AddRange(CheckBody(result, response, declared));
        return findings;
    }

    private static IEnumerable<Finding> CheckHeaders(CaseResult result, ReceivedResponse response, ResponseSpec declared)
    {
        foreach (var header in declared.Headers)
        {
            var pointer = "header:" + header.Name;
            if (response.Header(header.Name) is not { } value)
            {
                yield return result.Finding(Rules.ResponseHeader, pointer, $"the spec declares header {header.Name} for {declared.Status}; the answer has none", header.Type ?? "present", "(absent)");
                continue;
            }

            if (header.Type == "integer")
            {
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    yield return result.Finding(Rules.ResponseHeader, pointer, $"header {header.Name} is not an integer", "integer", value);
                }
                else if (header.Minimum is { } minimum && number < minimum)
                {
                    yield return result.Finding(Rules.ResponseHeader, pointer, $"header {header.Name} is below its minimum", $">= {minimum}", value);
                }
            }
        }
    }

    private static IEnumerable<Finding> CheckBody(CaseResult result, ReceivedResponse response, ResponseSpec declared)
    {
        var hasBody = response.Body.Length > 0;
        var contentType = response.ContentType;
        if (!declared.HasBody)
        {
            if (hasBody)
            {
                yield return result.Finding(Rules.ResponseContentType, "response:body", $"the spec declares no body for {declared.Status}; the answer has one", "(no body)", $"{contentType ?? "no Content-Type"}, {response.Body.Length} characters");
            }

            yield break;
        }

        if (!hasBody)
        {
            yield return result.Finding(Rules.ResponseContentType, "response:body", $"the spec declares a body for {declared.Status}; the answer has none", string.Join(", ", declared.MediaTypes), "(no body)");
            yield break;
        }

        if (!MediaTypes.IsDeclared(contentType, declared.MediaTypes))
        {
            yield return result.Finding(Rules.ResponseContentType, "header:Content-Type", $"Content-Type is not declared for {declared.Status}", string.Join(", ", declared.MediaTypes), contentType ?? "(none)");
            if (!MediaTypes.IsJson(contentType))
            {
                // Not JSON, so there is no JSON body to judge.
                yield break;
            }
        }

        JToken? body = null;
        string? parseError = null;
        try
        {
            body = SchemaCheck.Parse(response.Body);
        }
        catch (JsonException e)
        {
            parseError = e.Message;
        }

        if (body is null)
        {
            yield return result.Finding(Rules.ResponseBodyUnparsable, "", $"the body is not valid JSON: {parseError}", "JSON", Preview(response.Body));
            yield break;
        }

        if (result.Spec.Schemas.Response(result.Operation.OperationId, declared.Status) is not { } schema)
        {
            yield break;
        }

        foreach (var issue in SchemaCheck.Validate(schema, body, reportReadOnly: false))
        {
            var rule = issue.Kind switch
            {
                SchemaIssueKind.TypeMismatch => Rules.ResponseTypeMismatch,
                SchemaIssueKind.UnexpectedNull => Rules.ResponseUnexpectedNull,
                SchemaIssueKind.RequiredMissing => Rules.ResponseRequiredMissing,
                SchemaIssueKind.EnumUnknown => Rules.ResponseEnumUnknown,
                SchemaIssueKind.Format => Rules.ResponseFormat,
                SchemaIssueKind.Undeclared or SchemaIssueKind.Forbidden => Rules.ResponseUndeclaredProperty,
                _ => Rules.ResponseSchemaViolation,
            };
            yield return result.Finding(rule, issue.Pointer, issue.Message, issue.Expected, issue.Actual);
        }
    }

    private static string Preview(string text) => Excerpt.Of(text, 120);
}
