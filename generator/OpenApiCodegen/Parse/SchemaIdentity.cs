using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.OpenApi;

namespace OpenApiCodegen.Parse;

/// <summary>Schemas compared by identity: the same object met twice is a cycle or a shared inline schema.</summary>
internal sealed class SchemaIdentity : IEqualityComparer<IOpenApiSchema>
{
    public static readonly SchemaIdentity Comparer = new();

    public bool Equals(IOpenApiSchema? x, IOpenApiSchema? y) => ReferenceEquals(x, y);

    public int GetHashCode(IOpenApiSchema obj) => RuntimeHelpers.GetHashCode(obj);
}
