namespace OpenApiCodegen.Model;

/// <summary>
/// The client generated for a spec: one root client, and one group per tag when the spec has tags
/// (<c>client.Notifications.CreateNotificationAsync</c>); untagged operations sit on the root.
/// All names are C# names, already made unique.
/// </summary>
internal sealed record ClientModel(
    ClientNames Names,
    string? BaseUrl,
    string? ServerUrl,
    string? Title,
    EquatableArray<SecuritySchemeModel> SecuritySchemes,
    EquatableArray<OperationGroupModel> Groups,
    bool UsesFiles);

/// <summary>
/// The names of the types a client consists of, claimed in its namespace before any schema, and of its
/// internal helper classes (<see cref="Responses"/>, <see cref="Credentials"/>), which no spec name can reach.
/// <see cref="Operations"/> is the operation catalog, emitted only for projects that reference OpenApiCodegen.Operations,
/// but always claimed, so that referencing it never renames a schema.
/// </summary>
internal sealed record ClientNames(
    string Client,
    string Interface,
    string Options,
    string ApiException,
    string ApiResponse,
    string File,
    string ServiceCollectionExtensions,
    string AddClientMethod,
    string Responses,
    string Credentials,
    string Operations);

/// <summary>A set of operations: a tag's group, or the root client (<see cref="PropertyName"/> null).</summary>
internal sealed record OperationGroupModel(
    string? PropertyName,
    string ClassName,
    string InterfaceName,
    string? Description,
    EquatableArray<OperationModel> Operations);

/// <summary>
/// One HTTP operation and everything needed to call it. Its two methods and the field holding its security
/// requirements are claimed together in the class they belong to.
/// </summary>
internal sealed record OperationModel(
    string OperationId,
    string MethodName,
    string WithResponseMethodName,
    string SecurityField,
    string HttpMethod,
    string PathTemplate,
    string? Summary,
    string? Description,
    bool Deprecated,
    EquatableArray<ParameterModel> Parameters,
    RequestBodyModel? Body,
    EquatableArray<ResponseModel> Responses,
    ResultModel Result,
    EquatableArray<SecurityAlternative> Security,
    string SpecPointer,
    ResponseHeadersModel? ResponseHeaders = null)
{
    /// <summary>The paging the spec declares, as read; resolved into <see cref="Paging"/> once types are built.</summary>
    public PagingDeclaration? PagingDeclaration { get; init; }

    /// <summary>The pager emitted beside the operation's methods, when it is paged.</summary>
    public PagingModel? Paging { get; init; }
}

/// <summary>
/// The headers the success responses declare, read into typed properties of a response class
/// (<c>GetPetApiResponse.RateLimitRemaining</c>) that the <c>...WithResponseAsync</c> method returns.
/// </summary>
internal sealed record ResponseHeadersModel(string ClassName, EquatableArray<ResponseHeaderModel> Headers);

internal sealed record ResponseHeaderModel(string Name, string PropertyName, TypeRef Type, string? Description);

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

/// <summary>How a parameter is serialized (OpenAPI's style/explode).</summary>
internal enum ParameterStyle
{
    Simple,
    Label,
    Matrix,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

internal sealed record ParameterModel(
    string Name,
    string ArgumentName,
    ParameterLocation Location,
    bool IsRequired,
    TypeRef Type,
    ParameterStyle Style,
    bool Explode,
    bool AllowReserved,
    string? Description,
    bool Deprecated)
{
    /// <summary>Whether the C# argument admits null (optional parameters default to null).</summary>
    public bool AllowsNull => !IsRequired;

    /// <summary>
    /// A header carrying an idempotency key (<c>x-idempotency-key: true</c>, or named <c>Idempotency-Key</c>): the client
    /// fills an empty one with a fresh value before the first attempt, and may then retry a POST or PATCH.
    /// </summary>
    public bool IsIdempotencyKey { get; init; }
}

internal enum BodyKind
{
    Json,
    Form,
    Multipart,
    Binary,
    Text,
}

/// <summary>The request body: its media type, how it is written, and the C# argument(s) it takes.</summary>
internal sealed record RequestBodyModel(
    string MediaType,
    BodyKind Kind,
    TypeRef? Type,
    bool IsRequired,
    string ArgumentName,
    string? Description,
    string? IdempotencyKeyProperty,
    bool IdempotencyKeyIsGuid,
    EquatableArray<MultipartPartModel> Parts)
{
    /// <summary>The JSON name of the idempotency-key property (<see cref="IdempotencyKeyProperty"/> is its C# name).</summary>
    public string? IdempotencyKeyJsonName { get; init; }
}

/// <summary>A multipart/form-data part, taken as its own argument; binary parts are files.</summary>
internal sealed record MultipartPartModel(string Name, string ArgumentName, TypeRef? Type, bool IsFile, bool IsRequired, string? Description);

internal enum ResponseKind
{
    None,
    Json,
    Text,
    Binary,
}

/// <summary>A declared response: a status (200, "4XX" or "default"), its body, and its declared headers.</summary>
internal sealed record ResponseModel(
    string Status,
    bool IsSuccess,
    ResponseKind Kind,
    string? MediaType,
    TypeRef? Type,
    string? Description);

/// <summary>
/// What a successful call returns: nothing, one type (for every 2xx status with a body), or, when
/// 2xx statuses carry different types, a generated result class with one property per status.
/// </summary>
internal sealed record ResultModel(ResultShape Shape, TypeRef? Type, ResponseKind Kind, bool IsNullable, string? ResultClassName);

internal enum ResultShape
{
    None,
    Single,
    PerStatus,
}

/// <summary>One way to authenticate an operation: every scheme listed is sent (AND); alternatives are OR.</summary>
internal sealed record SecurityAlternative(EquatableArray<string> SchemeNames);

internal enum SecuritySchemeKind
{
    ApiKeyHeader,
    ApiKeyQuery,
    ApiKeyCookie,
    HttpBasic,
    HttpBearer,
    HttpOther,
    OAuth2,
    OpenIdConnect,
}

/// <summary>
/// A security scheme and the options properties that hold its credential: the key or token, the user name
/// of HTTP basic (with <see cref="PasswordPropertyName"/>), or the token provider of OAuth2 and OpenID Connect.
/// </summary>
internal sealed record SecuritySchemeModel(
    string Name,
    SecuritySchemeKind Kind,
    string PropertyName,
    string? PasswordPropertyName,
    string? ParameterName,
    string? HttpScheme,
    string? Description);
