using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Parse.Client;

/// <summary>
/// Names of the client's public types, decided before any schema is named so that a schema
/// which happens to be called "PetstoreClient" is the one renamed, not the client.
/// </summary>
internal static class ClientNaming
{
    public static ClientNames For(string clientName)
    {
        // "OneSignalClient" -> "OneSignal": the stem for OneSignalApiException, OneSignalApiResponse.
        var stem = clientName.EndsWith("Client", System.StringComparison.Ordinal) && clientName.Length > "Client".Length
            ? clientName.Substring(0, clientName.Length - "Client".Length)
            : clientName;
        return new ClientNames(
            clientName,
            "I" + clientName,
            clientName + "Options",
            stem + "ApiException",
            stem + "ApiResponse",
            stem + "File",
            clientName + "ServiceCollectionExtensions");
    }

    public static IEnumerable<string> Reserved(ClientNames names) => new[]
    {
        names.Client, names.Interface, names.Options, names.ApiException, names.ApiResponse, names.File, names.ServiceCollectionExtensions,
    };

    /// <summary>The first tag of each operation, in document order: one group each.</summary>
    public static List<string> Tags(OpenApiDocument document)
    {
        var tags = new List<string>();
        foreach (var path in document.Paths ?? new OpenApiPaths())
        {
            foreach (var operation in path.Value.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                var tag = FirstTag(operation.Value);
                if (tag is not null && !tags.Contains(tag))
                {
                    tags.Add(tag);
                }
            }
        }

        return tags;
    }

    public static string? FirstTag(OpenApiOperation operation)
        => operation.Tags?.Select(t => t.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));

    /// <summary>The group's property on the client ("Notifications") and its class and interface names.</summary>
    public static (string Property, string Class, string Interface) Group(string tag, NameScope typeNames, NameScope clientMembers)
    {
        var property = clientMembers.Claim(Identifiers.ToPascalCase(tag));
        var className = typeNames.ClaimWithCompanion(property + "Client", "JsonConverter");
        var interfaceName = typeNames.ClaimWithCompanion("I" + className, "JsonConverter");
        return (property, className, interfaceName);
    }
}
