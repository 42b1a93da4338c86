namespace OpenApiCodegen.SpecDiff.Rules;

/// <summary>
/// Which way a schema's values travel. The same schema change is safe one way and breaking the
/// other: a new required property breaks what clients send, not what they read.
/// </summary>
public enum Direction
{
    /// <summary>In a request body: the client writes it.</summary>
    Request,

    /// <summary>In a response body: the client reads it.</summary>
    Response,

    /// <summary>In a parameter: the client writes it, like a request body.</summary>
    Parameter,

    /// <summary>A component no operation uses: only the generated type is affected; judged by the worse direction.</summary>
    Model,
}
