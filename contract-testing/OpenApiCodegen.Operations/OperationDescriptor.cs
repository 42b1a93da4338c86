namespace OpenApiCodegen.Operations;

/// <summary>Calls <paramref name="operation"/> on a generated client with arguments bound from <paramref name="request"/>.</summary>
/// <exception cref="ArgumentBindingException">The request does not carry the arguments the operation takes.</exception>
public delegate Task<OperationOutcome> OperationInvoker(object client, OperationDescriptor operation, OperationRequest request, CancellationToken cancellationToken);

/// <summary>One operation as the spec declares it, and the call to its generated method.</summary>
public sealed class OperationDescriptor
{
    /// <summary>Describes an operation; the generated catalog makes these.</summary>
    public OperationDescriptor(
        string operationId,
        string method,
        string pathTemplate,
        string methodName,
        IReadOnlyList<ParameterDescriptor> parameters,
        BodyDescriptor? body,
        IReadOnlyList<string> responses,
        IReadOnlyList<IReadOnlyList<string>> security,
        OperationInvoker invoke)
    {
        OperationId = operationId;
        Method = method;
        PathTemplate = pathTemplate;
        MethodName = methodName;
        Parameters = parameters;
        Body = body;
        Responses = responses;
        Security = security;
        _invoke = invoke;
    }

    private readonly OperationInvoker _invoke;

    /// <summary>The spec's <c>operationId</c> (or the name the generator gave an operation without one).</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The path template, relative to the server (<c>/apps/{app_id}</c>).</summary>
    public string PathTemplate { get; }

    /// <summary>The generated method that returns the response (<c>Notifications.CreateNotificationWithResponseAsync</c>).</summary>
    public string MethodName { get; }

    /// <summary>The parameters, in the spec's order.</summary>
    public IReadOnlyList<ParameterDescriptor> Parameters { get; }

    /// <summary>The request body, or null when the operation takes none.</summary>
    public BodyDescriptor? Body { get; }

    /// <summary>The declared statuses (<c>200</c>, <c>4XX</c>, <c>default</c>).</summary>
    public IReadOnlyList<string> Responses { get; }

    /// <summary>The ways to authenticate: every scheme of one alternative is sent; an empty list means none is needed.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Security { get; }

    /// <summary>
    /// Calls the generated method on <paramref name="client"/> (made by <see cref="IOperationCatalog.CreateClient"/>)
    /// with the arguments of a recorded request.
    /// </summary>
    /// <exception cref="ArgumentBindingException">The request does not carry the arguments the operation takes.</exception>
    public Task<OperationOutcome> InvokeAsync(object client, OperationRequest request, CancellationToken cancellationToken = default)
        => _invoke(client, this, request, cancellationToken);

    /// <summary>The method, path template and id, as reports name an operation.</summary>
    public override string ToString() => Method + " " + PathTemplate + " (" + OperationId + ")";
}

/// <summary>Where a parameter travels.</summary>
public enum ParameterLocation
{
    /// <summary>A part of the path (<c>/apps/{app_id}</c>).</summary>
    Path,

    /// <summary>The query string.</summary>
    Query,

    /// <summary>A request header.</summary>
    Header,

    /// <summary>A cookie of the <c>Cookie</c> header.</summary>
    Cookie,
}

/// <summary>OpenAPI's <c>style</c> of a parameter.</summary>
public enum ParameterStyle
{
    /// <summary>Comma-separated (<c>a,b</c>): the default for paths and headers.</summary>
    Simple,

    /// <summary>Dot-prefixed (<c>.a.b</c> or <c>.a,b</c>).</summary>
    Label,

    /// <summary>Semicolon-prefixed (<c>;id=a,b</c>).</summary>
    Matrix,

    /// <summary><c>id=a&amp;id=b</c> or <c>id=a,b</c>: the default for queries and cookies.</summary>
    Form,

    /// <summary>Space-separated array (<c>id=a%20b</c>).</summary>
    SpaceDelimited,

    /// <summary>Pipe-separated array (<c>id=a|b</c>).</summary>
    PipeDelimited,

    /// <summary>An object's properties as <c>id[name]=value</c>.</summary>
    DeepObject,
}

/// <summary>How a parameter's value is laid out before its style turns it into text.</summary>
public enum ValueShape
{
    /// <summary>One value: a string, number, boolean, date or enum.</summary>
    Scalar,

    /// <summary>An array of scalars.</summary>
    List,

    /// <summary>An object: its properties' names and values.</summary>
    Object,
}

/// <summary>One parameter as the spec declares it.</summary>
public sealed record ParameterDescriptor(
    string Name,
    ParameterLocation Location,
    ParameterStyle Style,
    bool Explode,
    bool Required,
    ValueShape Shape);

/// <summary>
/// A request body: its media type (<c>application/json</c>), whether the operation requires it, and the property the
/// client fills with a fresh idempotency key when the caller leaves it empty (<c>x-idempotency-key</c>), if any.
/// </summary>
public sealed record BodyDescriptor(string MediaType, bool Required, string? IdempotencyKey = null);

/// <summary>
/// A security scheme: its name in the spec and how its credential is sent. <paramref name="Kind"/> is one of
/// <c>ApiKeyHeader</c>, <c>ApiKeyQuery</c>, <c>ApiKeyCookie</c> (sent as <paramref name="ParameterName"/>),
/// <c>HttpBasic</c>, <c>HttpBearer</c>, <c>HttpOther</c>, <c>OAuth2</c> or <c>OpenIdConnect</c> (sent in
/// <c>Authorization</c> after <paramref name="AuthorizationScheme"/>: <c>Basic</c>, <c>Bearer</c> or the spec's own word).
/// </summary>
public sealed record SecuritySchemeDescriptor(string Name, string Kind, string? ParameterName, string? AuthorizationScheme);
