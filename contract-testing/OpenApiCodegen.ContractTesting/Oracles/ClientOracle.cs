using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Spec;

namespace OpenApiCodegen.ContractTesting.Oracles;

/// <summary>
/// Judges the generated client: it must read the body into its types (success value or typed error),
/// succeed exactly for success statuses, and write back what it read without losing or changing a value.
/// </summary>
public sealed class ClientOracle : IOracle
{
    public IEnumerable<Finding> Check(CaseResult result)
    {
        if (result.CallError is { } error)
        {
            return [result.Finding(Rules.ClientCall, "", $"the call failed: {error.GetType().Name}: {Excerpt.Of(error.Message)}")];
        }

        if (result.Outcome is not { } outcome || result.Exchange.Response is not { } response)
        {
            return [];
        }

        var findings = new List<Finding>();
        var success = response.Status is >= 200 and < 300;
        // An undeclared 2xx is read as the operation's success type (the client is tolerant); CT201 reports the status.
        var declared = result.Operation.ResponseAsTheClientReads(response.Status);
        var expectsJson = declared is { HasBody: true } && response.Body.Length > 0 && MediaTypes.IsJson(response.ContentType);

        if (outcome.Exception is { } failure)
        {
            var exceptionName = ExceptionName(failure);
            var unreadable = failure.InnerException is JsonException or InvalidOperationException or FormatException;
            if (unreadable && expectsJson)
            {
                findings.Add(result.Finding(Rules.ClientDeserialize, "", $"the client could not read the body: {Excerpt.Of(failure.InnerException!.Message)}", TypeName(result, success), "unreadable"));
            }

            if (success && !unreadable)
            {
                findings.Add(result.Finding(Rules.ClientOutcome, "response:status", $"the client threw for success status {response.Status}: {Excerpt.Of(failure.Message)}", "a value", exceptionName));
            }

            if (!success && outcome.Value is { } errorValue)
            {
                findings.AddRange(RoundTrip(result, errorValue, outcome.ValueType, response.Body));
            }

            return findings;
        }

        if (!success)
        {
            findings.Add(result.Finding(Rules.ClientOutcome, "response:status", $"the client returned normally for error status {response.Status}", "the client's API exception", "a value"));
            return findings;
        }

        if (outcome.Returned && expectsJson && outcome.Value is { } value)
        {
            findings.AddRange(RoundTrip(result, value, outcome.ValueType, response.Body));
        }

        return findings;
    }

    private static IEnumerable<Finding> RoundTrip(CaseResult result, object value, JsonTypeInfo? type, string received)
    {
        string written;
        if (value is JsonElement element)
        {
            written = element.GetRawText();
        }
        else if (type is null)
        {
            return [result.Finding(Rules.ClientRoundTrip, "", $"{value.GetType().Name} has no JSON metadata in the client's JSON context, so it cannot be written back", "metadata", "none")];
        }
        else
        {
            written = JsonSerializer.Serialize(value, type);
        }

        IReadOnlyList<JsonDifference> differences;
        try
        {
            differences = JsonDiff.Compare(received, written);
        }
        catch (JsonException)
        {
            // The body was not JSON; the response oracle reports that.
            return [];
        }

        return differences.Select(d => d.Kind switch
        {
            JsonDifferenceKind.Reformatted => result.Finding(Rules.ClientRoundTripReformatted, d.Pointer, "the client writes this value back spelled differently", d.Expected, d.Actual),
            JsonDifferenceKind.Missing => result.Finding(Rules.ClientRoundTrip, d.Pointer, "the client lost this value: writing back what it read leaves it out", d.Expected, "(absent)"),
            JsonDifferenceKind.Added => result.Finding(Rules.ClientRoundTrip, d.Pointer, "writing back what the client read adds this value", "(absent)", d.Actual),
            _ => result.Finding(Rules.ClientRoundTrip, d.Pointer, "the client changed this value: it writes back another one than it read", d.Expected, d.Actual),
        }).ToList();
    }

    /// <summary><c>OneSignalApiException</c>, also for its generic form with a typed error body.</summary>
    private static string ExceptionName(Exception exception)
    {
        var type = exception.GetType();
        if (type.IsGenericType && type.BaseType is { } baseType)
        {
            type = baseType;
        }

        return type.Name;
    }

    private static string TypeName(CaseResult result, bool success) => success ? "the operation's result type" : "the declared error type";
}
