namespace OpenApiCodegen.ContractTesting.Findings;

/// <summary>
/// The catalogue of rules. CT1xx judge the request the client sends, CT2xx the answer against the spec,
/// CT3xx how the generated client reads and writes the answer, CT4xx the recordings and their coverage.
/// </summary>
public static class Rules
{
    private const string Request = "request";
    private const string Response = "response";
    private const string Client = "client";
    private const string Recordings = "recordings";

    public static readonly Rule RequestMethod = new("CT101", "request-method", Severity.Error, Request,
        "The client sent another HTTP method than the recorded request used.");

    public static readonly Rule RequestPath = new("CT102", "request-path", Severity.Error, Request,
        "The client built another path than the recorded request's.");

    public static readonly Rule RequestQuery = new("CT103", "request-query", Severity.Error, Request,
        "A query parameter of the recorded request is missing, extra or different in the client's request, or undeclared by the spec.");

    public static readonly Rule RequestAuth = new("CT104", "request-auth", Severity.Error, Request,
        "The Authorization header is missing, not 'Key <token>', or carries another key than the operation's security scheme (or the recording) calls for.");

    public static readonly Rule RequestContentType = new("CT105", "request-content-type", Severity.Error, Request,
        "The request's Content-Type is not one the spec declares for the body, or differs from the recorded one, or a required body is missing.");

    public static readonly Rule RequestBodySchema = new("CT106", "request-body-schema", Severity.Error, Request,
        "The body the client sent is not valid against the spec's request schema.");

    public static readonly Rule RequestBodyMismatch = new("CT107", "request-body-mismatch", Severity.Error, Request,
        "The body the client sent differs from the recorded request's body (compared as JSON).");

    public static readonly Rule RequestReadOnlyProperty = new("CT108", "request-readonly-property", Severity.Warning, Request,
        "The request body carries a property the spec marks readOnly (set by the server).");

    public static readonly Rule RequestUndeclaredProperty = new("CT109", "request-undeclared-property", Severity.Warning, Request,
        "The client sent a body property its schema does not declare (the schema allows others; where it forbids them, CT106).");

    public static readonly Rule StatusUndeclared = new("CT201", "response-status-undeclared", Severity.Error, Response,
        "The status is not declared for the operation (no exact code, range or default).");

    public static readonly Rule StatusDefaultOnly = new("CT202", "response-status-default-only", Severity.Info, Response,
        "The status is covered only by the operation's 'default' answer, not documented by its own code.");

    public static readonly Rule ResponseContentType = new("CT203", "response-content-type", Severity.Error, Response,
        "The answer's Content-Type is not declared for its status, or it has a body where the spec declares none (or none where it declares one).");

    public static readonly Rule ResponseTypeMismatch = new("CT204", "response-type-mismatch", Severity.Error, Response,
        "A value has another JSON type than the schema declares (such as a string where the spec says array).");

    public static readonly Rule ResponseRequiredMissing = new("CT205", "response-required-missing", Severity.Error, Response,
        "A property the schema lists as required is missing.");

    public static readonly Rule ResponseEnumUnknown = new("CT206", "response-enum-unknown", Severity.Warning, Response,
        "A value is not one of the enum values the spec lists.");

    public static readonly Rule ResponseUndeclaredProperty = new("CT207", "response-undeclared-property", Severity.Warning, Response,
        "The answer has a property the spec does not declare (the client keeps it in ExtensionData).");

    public static readonly Rule ResponseFormat = new("CT208", "response-format", Severity.Warning, Response,
        "A string does not have the format the schema declares (date-time, uuid, email, uri...).");

    public static readonly Rule ResponseSchemaViolation = new("CT209", "response-schema-violation", Severity.Error, Response,
        "The answer breaks another rule of its schema (minimum, pattern, length, oneOf...).");

    public static readonly Rule ResponseHeader = new("CT210", "response-header", Severity.Warning, Response,
        "A header the spec declares for this answer (such as Retry-After on 429) is missing or not valid against its schema.");

    public static readonly Rule ResponseUnexpectedNull = new("CT211", "response-unexpected-null", Severity.Warning, Response,
        "A value is null where the schema does not say nullable.");

    public static readonly Rule ResponseBodyUnparsable = new("CT212", "response-body-unparsable", Severity.Error, Response,
        "The answer says it is JSON but its body does not parse as JSON.");

    public static readonly Rule ClientDeserialize = new("CT301", "client-deserialize", Severity.Error, Client,
        "The generated client could not read the body into its types.");

    public static readonly Rule ClientRoundTrip = new("CT302", "client-roundtrip", Severity.Error, Client,
        "Writing back what the client read loses, adds or changes a value.");

    public static readonly Rule ClientRoundTripReformatted = new("CT303", "client-roundtrip-reformatted", Severity.Info, Client,
        "Writing back what the client read keeps a value but spells it differently (a date-time's offset, a UUID's case).");

    public static readonly Rule ClientOutcome = new("CT304", "client-outcome", Severity.Error, Client,
        "The client threw for a success status, or returned a value for an error status.");

    public static readonly Rule ClientCall = new("CT305", "client-call", Severity.Error, Client,
        "The client could not be called with the recorded request's arguments, or failed before an answer came back.");

    public static readonly Rule RecordingMalformed = new("CT401", "recording-malformed", Severity.Error, Recordings,
        "A recording is not a readable WireMock.Net mapping with a request and a response.");

    public static readonly Rule RecordingOperationMismatch = new("CT402", "recording-operation-mismatch", Severity.Error, Recordings,
        "A recording's folder is not an operationId of the spec, or its request does not fit that operation's path.");

    public static readonly Rule RecordingSecret = new("CT403", "recording-secret", Severity.Error, Recordings,
        "A recording holds what looks like an unredacted secret (key, token, email address, phone number).");

    public static readonly Rule CoverageOperationMissing = new("CT404", "coverage-operation-missing", Severity.Error, Recordings,
        "An operation of the spec has no recording at all.");

    public static readonly Rule CoverageNoSuccess = new("CT405", "coverage-no-success", Severity.Warning, Recordings,
        "An operation has recordings but none with a success (2xx) answer.");

    public static readonly Rule ReplayUnmatched = new("CT406", "replay-unmatched", Severity.Error, Recordings,
        "WireMock.Net did not match the client's request to the recording, for a reason the request checks did not name.");

    public static IReadOnlyList<Rule> All { get; } =
    [
        RequestMethod, RequestPath, RequestQuery, RequestAuth, RequestContentType, RequestBodySchema, RequestBodyMismatch, RequestReadOnlyProperty, RequestUndeclaredProperty,
        StatusUndeclared, StatusDefaultOnly, ResponseContentType, ResponseTypeMismatch, ResponseRequiredMissing, ResponseEnumUnknown,
        ResponseUndeclaredProperty, ResponseFormat, ResponseSchemaViolation, ResponseHeader, ResponseUnexpectedNull, ResponseBodyUnparsable,
        ClientDeserialize, ClientRoundTrip, ClientRoundTripReformatted, ClientOutcome, ClientCall,
        RecordingMalformed, RecordingOperationMismatch, RecordingSecret, CoverageOperationMissing, CoverageNoSuccess, ReplayUnmatched,
    ];

    /// <summary>Rules whose findings point into a body, where the empty pointer is the whole body.</summary>
    private static readonly HashSet<string> BodyRules =
    [
        RequestBodySchema.Id, RequestBodyMismatch.Id, RequestReadOnlyProperty.Id, RequestUndeclaredProperty.Id,
        ResponseTypeMismatch.Id, ResponseRequiredMissing.Id, ResponseEnumUnknown.Id, ResponseUndeclaredProperty.Id, ResponseFormat.Id,
        ResponseSchemaViolation.Id, ResponseUnexpectedNull.Id, ResponseBodyUnparsable.Id,
        ClientDeserialize.Id, ClientRoundTrip.Id, ClientRoundTripReformatted.Id,
    ];

    /// <summary>Whether <paramref name="rule"/>'s pointers are JSON pointers into a body.</summary>
    public static bool IsAboutBody(Rule rule) => BodyRules.Contains(rule.Id);

    public static Rule? Find(string idOrName)
        => All.FirstOrDefault(r => string.Equals(r.Id, idOrName, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Name, idOrName, StringComparison.OrdinalIgnoreCase));
}
