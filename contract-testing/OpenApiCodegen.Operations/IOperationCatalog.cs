namespace OpenApiCodegen.Operations;

/// <summary>
/// The operations of a generated client, as its spec declares them, each with a call that takes its arguments
/// from a recorded request. The generator emits one (<c>{Client}Operations</c>) for a spec whose project
/// references this assembly.
/// </summary>
public interface IOperationCatalog
{
    /// <summary>The spec's <c>info.title</c>.</summary>
    string Title { get; }

    /// <summary>Every operation, in the spec's order.</summary>
    IReadOnlyList<OperationDescriptor> Operations { get; }

    /// <summary>
    /// The spec's security schemes by name, as they are sent; <see cref="CreateClient"/> takes a credential for any of them.
    /// </summary>
    IReadOnlyList<SecuritySchemeDescriptor> SecuritySchemes { get; }

    /// <summary>
    /// Creates the generated client over <paramref name="httpClient"/>: requests go to <paramref name="baseAddress"/>,
    /// authenticated with <paramref name="credentials"/> (security scheme name to credential; HTTP basic takes
    /// <c>user:password</c>). The client does not retry, so every recorded answer is seen as it was.
    /// </summary>
    /// <exception cref="ArgumentException">A credential names a scheme the spec does not declare.</exception>
    object CreateClient(HttpClient httpClient, Uri baseAddress, IReadOnlyDictionary<string, string> credentials);
}
