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
    /// <summary>Claims the client's types in the namespace's type scope: the first claims, so a schema is the one renamed.</summary>
    public static ClientNames Claim(string clientName, NameScope typeNames)
    {
        // "OneSignalClient" -> "OneSignal": the stem for OneSignalApiException, OneSignalApiResponse.
        var suffix = FixedNames.ClientTypes.ClientSuffix;
        var stem = clientName.EndsWith(suffix, System.StringComparison.Ordinal) && clientName.Length > suffix.Length
            ? clientName.Substring(0, clientName.Length - suffix.Length)
            : clientName;
        var client = typeNames.Claim(clientName);
        return new ClientNames(
            client,
            typeNames.Claim(FixedNames.Client.InterfacePrefix + client),
            typeNames.Claim(client + FixedNames.ClientTypes.OptionsSuffix),
            typeNames.Claim(stem + FixedNames.ClientTypes.ApiExceptionSuffix),
            typeNames.Claim(stem + FixedNames.ClientTypes.ApiResponseSuffix),
            typeNames.Claim(stem + FixedNames.ClientTypes.FileSuffix),
            typeNames.Claim(client + FixedNames.ClientTypes.ServiceCollectionExtensionsSuffix),
            FixedNames.ClientTypes.AddPrefix + client,
            HelperNames.ResponsesClass(client),
            HelperNames.CredentialsClass(client),
            typeNames.Claim(client + FixedNames.ClientTypes.OperationsSuffix));
    }

    /// <summary>The first tag of each operation, in document order: one group each.</summary>
    public static List<string> Tags(OpenApiDocument document)
    {
        var tags = new List<string>();
        foreach (var path in document.Paths ?? new OpenApiPaths())
        {
            foreach (var operation in path.Value?.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                var tag = operation.Value is null ? null : FirstTag(operation.Value);
                if (tag is not null && !tags.Contains(tag))
                {
                    tags.Add(tag);
                }
            }
        }

        return tags;
    }

    public static string? FirstTag(OpenApiOperation operation)
        => operation.Tags?.Select(t => t?.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));

    /// <summary>The group's property on the client ("Notifications") and its class and interface names.</summary>
    public static (string Property, string Class, string Interface) Group(string tag, NameScope typeNames, NameScope clientMembers)
    {
        var property = clientMembers.Claim(Identifiers.ToPascalCase(tag));
        var className = typeNames.Claim(property + FixedNames.Client.GroupClassSuffix);
        var interfaceName = typeNames.Claim(FixedNames.Client.InterfacePrefix + className);
        return (property, className, interfaceName);
    }
}
