using OpenApiCodegen.SpecDiff.Model;
using static OpenApiCodegen.SpecDiff.Model.ChangeLevel;

namespace OpenApiCodegen.SpecDiff.Rules;

/// <summary>
/// Every rule the comparison applies, with its level and the reason for it: the one place to read
/// or change how a change is judged. "Breaking" means code that compiled against the old client
/// stops compiling, or requests it sends stop being valid; "potentially breaking" means some code or
/// some clients are hurt (strict readers, code naming the affected member); "non-breaking" means
/// existing code keeps compiling and working.
/// </summary>
public static class RuleCatalog
{
    // Operations: each is one generated method, {Group}.{OperationId}Async.
    public static readonly Rule OperationAdded = new("operation-added", NonBreaking, "A new method; existing code does not call it.");
    public static readonly Rule OperationRemoved = new("operation-removed", Breaking, "The method disappears; calls to it no longer compile.");
    public static readonly Rule OperationRenamed = new("operation-renamed", Breaking, "Same method and path with a new operationId: the method is renamed, calls to the old name no longer compile.");
    public static readonly Rule PathMoved = new("path-moved", PotentiallyBreaking, "Same operationId at a new method or path: the method keeps its name and calls the new URL, but clients built from the old spec still call the old one.");
    public static readonly Rule OperationDeprecated = new("operation-deprecated", NonBreaking, "The method still works; it is marked for removal.");
    public static readonly Rule OperationGroupChanged = new("operation-group-changed", Breaking, "The first tag changed: the method moves to another group class.");

    // Parameters: each is a parameter of the generated method.
    public static readonly Rule ParameterAdded = new("parameter-added", NonBreaking, "A new optional parameter; calls without it still compile.");
    public static readonly Rule ParameterAddedRequired = new("parameter-added-required", Breaking, "A new required parameter: existing calls lack it and no longer compile.");
    public static readonly Rule ParameterRemoved = new("parameter-removed", Breaking, "The method loses the parameter; calls passing it no longer compile.");
    public static readonly Rule ParameterRequiredAdded = new("parameter-required-added", Breaking, "An optional parameter became required: calls that omit it no longer compile.");
    public static readonly Rule ParameterRequiredRemoved = new("parameter-required-removed", NonBreaking, "A required parameter became optional; existing calls still pass it.");
    public static readonly Rule ParameterLocationChanged = new("parameter-location-changed", Breaking, "The parameter moved (query, header, path, cookie): requests from the old client put it where the server no longer reads it.");

    // Request bodies.
    public static readonly Rule RequestBodyAdded = new("request-body-added", NonBreaking, "A new optional body; calls without it still compile.");
    public static readonly Rule RequestBodyAddedRequired = new("request-body-added-required", Breaking, "A new required body: existing calls lack it.");
    public static readonly Rule RequestBodyRemoved = new("request-body-removed", Breaking, "The method loses its body parameter; calls passing it no longer compile.");
    public static readonly Rule RequestBodyRequiredAdded = new("request-body-required-added", Breaking, "The body became required: calls that omit it are rejected.");
    public static readonly Rule RequestBodyRequiredRemoved = new("request-body-required-removed", NonBreaking, "The body became optional; existing calls still send it.");
    public static readonly Rule RequestContentTypeAdded = new("request-content-type-added", NonBreaking, "The server accepts one more media type.");
    public static readonly Rule RequestContentTypeRemoved = new("request-content-type-removed", Breaking, "The server no longer accepts a media type the old client may send.");

    // Responses.
    public static readonly Rule ResponseSuccessStatusAdded = new("response-success-status-added", PotentiallyBreaking, "A new 2xx answer the old client was not built to read; with several 2xx answers the generated response types are named per status.");
    public static readonly Rule ResponseSuccessStatusRemoved = new("response-success-status-removed", Breaking, "A 2xx answer the client reads is gone, and with it its generated type.");
    public static readonly Rule ResponseErrorStatusAdded = new("response-error-status-added", NonBreaking, "A newly documented error; it was already possible at run time.");
    public static readonly Rule ResponseErrorStatusRemoved = new("response-error-status-removed", NonBreaking, "An error is no longer documented; handling it is harmless.");
    public static readonly Rule ResponseContentTypeAdded = new("response-content-type-added", NonBreaking, "The server can answer in one more media type, when asked for it.");
    public static readonly Rule ResponseContentTypeRemoved = new("response-content-type-removed", Breaking, "The server no longer answers in a media type the old client reads.");

    // Component schemas: each is a generated type.
    public static readonly Rule SchemaAdded = new("schema-added", NonBreaking, "A new generated type.");
    public static readonly Rule SchemaRemoved = new("schema-removed", Breaking, "The generated type disappears; code naming it no longer compiles.");
    public static readonly Rule SchemaRenamed = new("schema-renamed", Breaking, "The same schema under a new name (every use moved to it): the generated type is renamed.");

    // Security.
    public static readonly Rule SecuritySchemeAdded = new("security-scheme-added", NonBreaking, "A new way to authenticate; nothing uses it yet.");
    public static readonly Rule SecuritySchemeRemoved = new("security-scheme-removed", Breaking, "Credentials configured for the scheme are no longer sent.");
    public static readonly Rule SecuritySchemeRenamed = new("security-scheme-renamed", PotentiallyBreaking, "Same definition under a new name, and operations moved to it: the wire is unchanged, but code that configures credentials by scheme name must use the new name.");
    public static readonly Rule SecuritySchemeChanged = new("security-scheme-changed", Breaking, "The scheme's type, header, parameter or HTTP scheme changed: credentials are sent the old way.");
    public static readonly Rule OperationSecurityAdded = new("operation-security-added", Breaking, "An operation that needed no credentials now needs them.");
    public static readonly Rule OperationSecurityRemoved = new("operation-security-removed", NonBreaking, "An operation no longer needs credentials; sending them is harmless.");
    public static readonly Rule SecurityRequirementAdded = new("security-requirement-added", NonBreaking, "One more way to authenticate an operation; the old ways still work.");
    public static readonly Rule SecurityRequirementRemoved = new("security-requirement-removed", Breaking, "A way to authenticate an operation is gone; clients using it are refused.");
    public static readonly Rule SecurityScopesAdded = new("security-scopes-added", Breaking, "The operation needs more OAuth scopes; existing tokens may lack them.");
    public static readonly Rule SecurityScopesRemoved = new("security-scopes-removed", NonBreaking, "The operation needs fewer OAuth scopes.");

    // Servers.
    public static readonly Rule ServerChanged = new("server-changed", PotentiallyBreaking, "The first server (the client's default base address) changed: code relying on the default talks to the new address; code setting its own is unaffected.");
    public static readonly Rule ServerAdded = new("server-added", NonBreaking, "One more server is listed.");
    public static readonly Rule ServerRemoved = new("server-removed", PotentiallyBreaking, "A non-default server is no longer listed; clients configured for it may stop working.");

    // Schema contents, judged per direction (see SchemaRule). Levels: request, then response.
    public static readonly SchemaRule PropertyAdded = new("property-added", NonBreaking, NonBreaking,
        "An optional request property can be left out; a new response property is read or ignored.");
    public static readonly SchemaRule PropertyRemoved = new("property-removed", Breaking, Breaking,
        "The C# property disappears: code setting or reading it no longer compiles, and a response no longer carries the value.");
    public static readonly SchemaRule PropertyRequiredAdded = new("property-required-added", Breaking, NonBreaking,
        "A request must now carry the property (it gets the C# required modifier); a response guarantees more than before.");
    public static readonly SchemaRule PropertyRequiredRemoved = new("property-required-removed", NonBreaking, PotentiallyBreaking,
        "A request may now leave the property out; a response may now lack it (whether its C# type changes is a cs- rule's to say).");
    public static readonly SchemaRule TypeChanged = new("type-changed", Breaking, Breaking,
        "The JSON type or the generated C# type changed: code using the old type no longer compiles, and old values no longer fit.");
    public static readonly SchemaRule FormatChanged = new("format-changed", PotentiallyBreaking, NonBreaking,
        "A format that keeps the C# type: the server may validate what it accepts differently; what the client reads keeps its type.");
    public static readonly SchemaRule NullableAdded = new("nullable-added", NonBreaking, PotentiallyBreaking,
        "A request may now send null; a response may now hold null where the client expected a value.");
    public static readonly SchemaRule NullableRemoved = new("nullable-removed", Breaking, NonBreaking,
        "A request sending null is now invalid; a response no longer holds null.");
    public static readonly SchemaRule EnumValueAdded = new("enum-value-added", NonBreaking, PotentiallyBreaking,
        "The server accepts one more value; a response may hold a value strict clients (exhaustive switches) do not expect.");
    public static readonly SchemaRule EnumValueRemoved = new("enum-value-removed", Breaking, PotentiallyBreaking,
        "The server rejects a value the client may send; a response no longer holds it (code naming its C# member no longer compiles).");
    public static readonly SchemaRule VariantAdded = new("variant-added", NonBreaking, PotentiallyBreaking,
        "A oneOf/anyOf alternative: the server accepts one more shape; a response may hold a shape the client does not handle.");
    public static readonly SchemaRule VariantRemoved = new("variant-removed", Breaking, PotentiallyBreaking,
        "A oneOf/anyOf alternative is gone: requests in that shape are rejected; responses no longer hold it.");
    public static readonly SchemaRule CompositionChanged = new("composition-changed", PotentiallyBreaking, PotentiallyBreaking,
        "allOf parts, oneOf versus anyOf, or the discriminator changed: the properties may be the same, but the generated class hierarchy or union is not.");
    public static readonly SchemaRule PropertyReadOnlyAdded = new("property-read-only-added", Breaking, NonBreaking,
        "A request can no longer set the property; a response still carries it.");
    public static readonly SchemaRule PropertyReadOnlyRemoved = new("property-read-only-removed", NonBreaking, NonBreaking,
        "A request may now set the property; a response still carries it.");
    public static readonly SchemaRule PropertyWriteOnlyAdded = new("property-write-only-added", NonBreaking, Breaking,
        "A request still sets the property; a response no longer carries it.");
    public static readonly SchemaRule PropertyWriteOnlyRemoved = new("property-write-only-removed", NonBreaking, NonBreaking,
        "A response may now carry the property; requests are unchanged.");
    public static readonly SchemaRule PropertyDeprecated = new("property-deprecated", NonBreaking, NonBreaking,
        "The property still works; it is marked for removal.");

    /// <summary>
    /// Rules whose level is only a claim about the generated C# (a rename, a new type, a restructured hierarchy): with the
    /// compiled APIs at hand, the cs- rules judge them, and one that changes no symbol is non-breaking.
    /// </summary>
    public static bool IsCodeOnly(Rule rule)
        => rule.Id is "operation-renamed" or "operation-group-changed" or "schema-added" or "schema-removed" or "schema-renamed" or "security-scheme-renamed"
           || rule.Id.EndsWith("-" + CompositionChanged.Suffix, StringComparison.Ordinal)
           // A component no operation uses travels nowhere: only its generated type is at stake.
           || SchemaRules.Any(schemaRule => rule.Id == schemaRule.For(Direction.Model).Id);

    /// <summary>The rules that do not depend on direction, in report order.</summary>
    public static IReadOnlyList<Rule> FixedRules { get; } =
    [
        OperationAdded, OperationRemoved, OperationRenamed, PathMoved, OperationDeprecated, OperationGroupChanged,
        ParameterAdded, ParameterAddedRequired, ParameterRemoved, ParameterRequiredAdded, ParameterRequiredRemoved, ParameterLocationChanged,
        RequestBodyAdded, RequestBodyAddedRequired, RequestBodyRemoved, RequestBodyRequiredAdded, RequestBodyRequiredRemoved,
        RequestContentTypeAdded, RequestContentTypeRemoved,
        ResponseSuccessStatusAdded, ResponseSuccessStatusRemoved, ResponseErrorStatusAdded, ResponseErrorStatusRemoved,
        ResponseContentTypeAdded, ResponseContentTypeRemoved,
        SchemaAdded, SchemaRemoved, SchemaRenamed,
        SecuritySchemeAdded, SecuritySchemeRemoved, SecuritySchemeRenamed, SecuritySchemeChanged,
        OperationSecurityAdded, OperationSecurityRemoved, SecurityRequirementAdded, SecurityRequirementRemoved,
        SecurityScopesAdded, SecurityScopesRemoved,
        ServerChanged, ServerAdded, ServerRemoved,
    ];

    /// <summary>The schema rules, each standing for one rule per direction.</summary>
    public static IReadOnlyList<SchemaRule> SchemaRules { get; } =
    [
        PropertyAdded, PropertyRemoved, PropertyRequiredAdded, PropertyRequiredRemoved,
        TypeChanged, FormatChanged, NullableAdded, NullableRemoved,
        EnumValueAdded, EnumValueRemoved, VariantAdded, VariantRemoved, CompositionChanged,
        PropertyReadOnlyAdded, PropertyReadOnlyRemoved, PropertyWriteOnlyAdded, PropertyWriteOnlyRemoved, PropertyDeprecated,
    ];

    /// <summary>Every concrete rule with its id and level: the fixed ones, then each schema rule per direction.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        .. FixedRules,
        .. CSharpRules.All,
        .. SchemaRules.SelectMany(rule => Enum.GetValues<Direction>().Select(rule.For)),
    ];
}
