using System.Collections.Generic;
using System.Linq;

namespace OpenApiCodegen.Naming;

/// <summary>
/// Every fixed identifier the generated code declares where a spec-derived name could meet it, by the
/// scope it lives in. Emitters spell these names only through the constants below, and each type's name
/// scope reserves its list before any spec name is claimed, so a spec property called <c>value</c> or a
/// security scheme called <c>max_retries</c> is renamed instead of colliding.
/// </summary>
/// <remarks>
/// Helper members that no spec name can reach are not listed: they follow <see cref="HelperNames"/>.
/// </remarks>
internal static class FixedNames
{
    /// <summary>Members every class or struct has from <c>object</c>; nothing generated may hide them.</summary>
    public static readonly string[] ObjectMembers =
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    /// <summary>A model class (an object schema).</summary>
    public static class Model
    {
        public const string ExtensionData = "ExtensionData";
        public const string AdditionalProperties = "AdditionalProperties";

        /// <summary>Reserved in every model class; <see cref="AdditionalProperties"/> is claimed only where the schema has them.</summary>
        public static readonly string[] Reserved = Concat(new[] { ExtensionData });
    }

    /// <summary>A union class (oneOf/anyOf without discriminator).</summary>
    public static class Union
    {
        public const string FromUnmatchedJson = "FromUnmatchedJson";
        public const string UnmatchedJson = "UnmatchedJson";
        public const string Match = "Match";

        /// <summary>Match's last parameter; each candidate's parameter (<c>when</c> and its stem) is claimed beside it.</summary>
        public const string WhenUnmatched = "whenUnmatched";

        /// <summary>Prefixes of the members each candidate gets: <c>IsPet</c>, <c>TryGetPet</c>.</summary>
        public const string IsPrefix = "Is";
        public const string TryGetPrefix = "TryGet";

        /// <summary>The prefix of Match's parameter for each candidate: <c>whenPet</c>.</summary>
        public const string WhenPrefix = "when";

        public static readonly string[] Reserved = Concat(new[] { FromUnmatchedJson, UnmatchedJson, Match, WhenUnmatched });
    }

    /// <summary>An open enum struct.</summary>
    public static class Enum
    {
        public const string Value = "Value";
        public const string IsKnown = "IsKnown";
        public const string KnownValues = "KnownValues";

        public static readonly string[] Reserved = Concat(new[] { Value, IsKnown, KnownValues });
    }

    /// <summary>The JSON context of a spec.</summary>
    public static class JsonContext
    {
        public const string Default = "Default";
        public const string Options = "Options";
        public const string GetTypeInfo = "GetTypeInfo";
        public const string GeneratedSerializerOptions = "GeneratedSerializerOptions";
        public const string Create = "Create";

        public static readonly string[] Reserved = Concat(new[] { Default, Options, GetTypeInfo, GeneratedSerializerOptions, Create });
    }

    /// <summary>The client's options class.</summary>
    public static class Options
    {
        public const string BaseAddress = "BaseAddress";
        public const string Timeout = "Timeout";
        public const string MaxRetries = "MaxRetries";
        public const string RetryBaseDelay = "RetryBaseDelay";
        public const string MaxRetryDelay = "MaxRetryDelay";
        public const string MaxRetryAfter = "MaxRetryAfter";
        public const string Validate = "Validate";

        /// <summary>Suffixes of the credential properties of HTTP basic and token-provider schemes.</summary>
        public const string UserNameSuffix = "UserName";
        public const string PasswordSuffix = "Password";
        public const string TokenProviderSuffix = "TokenProvider";

        public static readonly string[] Reserved = Concat(new[] { BaseAddress, Timeout, MaxRetries, RetryBaseDelay, MaxRetryDelay, MaxRetryAfter, Validate });
    }

    /// <summary>The root client and every operation group class (and their interfaces).</summary>
    public static class Client
    {
        /// <summary>The suffixes of an operation's two methods: <c>GetPetAsync</c>, <c>GetPetWithResponseAsync</c>.</summary>
        public const string AsyncSuffix = "Async";
        public const string WithResponseAsyncSuffix = "WithResponseAsync";

        /// <summary>A paged operation's pager: every item of every page.</summary>
        public const string AllAsyncSuffix = "AllAsync";

        /// <summary>A next-link pager's private fetch of the page a link points to.</summary>
        public const string NextPageAsyncSuffix = "NextPageAsync";

        /// <summary>A group's class is named after its tag: <c>PetsClient</c>, <c>IPetsClient</c>.</summary>
        public const string GroupClassSuffix = "Client";
        public const string InterfacePrefix = "I";

        /// <summary>Members an operation method may not take (a client may be disposed by a container).</summary>
        public static readonly string[] Reserved = Concat(new[] { "Dispose" });
    }

    /// <summary>The response class of an operation that declares headers: it derives from the ApiResponse types.</summary>
    public static class Response
    {
        public const string StatusCode = "StatusCode";
        public const string Headers = "Headers";
        public const string Header = "Header";
        public const string Value = "Value";

        public static readonly string[] Reserved = Concat(new[] { StatusCode, Headers, Header, Value });
    }

    /// <summary>The public types of a client, named after the ClientName metadata.</summary>
    public static class ClientTypes
    {
        public const string ClientSuffix = "Client";
        public const string OptionsSuffix = "Options";
        public const string ApiExceptionSuffix = "ApiException";
        public const string ApiResponseSuffix = "ApiResponse";
        public const string FileSuffix = "File";
        public const string ServiceCollectionExtensionsSuffix = "ServiceCollectionExtensions";
        public const string JsonContextSuffix = "JsonContext";
        public const string OperationsSuffix = "Operations";
        public const string AddPrefix = "Add";

        /// <summary>The API exception's internal member the operation catalog reads the typed error body through.</summary>
        public const string ErrorValue = "ErrorValue";
    }

    /// <summary>
    /// The members a generated type of each shape declares itself: a schema may not be named like one of them,
    /// since C# forbids a member named like its type (a schema called <c>ExtensionData</c> becomes <c>ExtensionData2</c>).
    /// </summary>
    public static readonly string[] DeclaredByModels = { Model.ExtensionData, Model.AdditionalProperties };

    public static readonly string[] DeclaredByEnums = Enum.Reserved;

    public static readonly string[] DeclaredByUnions = { Union.FromUnmatchedJson, Union.UnmatchedJson, Union.Match };

    /// <summary>The companion every model, union and enum type has in its namespace: <c>PetJsonConverter</c>.</summary>
    public const string ConverterSuffix = "JsonConverter";

    /// <summary>The namespace of the runtime helpers; a spec's namespace must not be it or contain a type named like its last part.</summary>
    public const string RuntimeNamespace = "OpenApiCodegen.Runtime";

    /// <summary>Locals and parameters of a generated operation method, which arguments must not shadow.</summary>
    public static readonly string[] OperationLocals = { "cancellationToken", "request", "response", "value", "key", "parts", "candidate" };

    /// <summary>Parameters and locals of a converter's property reader, which the per-property locals must not shadow.</summary>
    public static readonly string[] ReaderLocals = { "reader", "result", "options", "name", "additional" };

    /// <summary>Every fixed name in this catalogue: the hostile-names test uses each as a schema, property, tag...</summary>
    public static IEnumerable<string> All()
        => ObjectMembers
            .Concat(Model.Reserved).Concat(new[] { Model.AdditionalProperties })
            .Concat(Union.Reserved).Concat(Enum.Reserved).Concat(JsonContext.Reserved)
            .Concat(Options.Reserved).Concat(Client.Reserved).Concat(Response.Reserved)
            .Concat(OperationLocals).Concat(ReaderLocals)
            .Distinct();

    private static string[] Concat(string[] names) => ObjectMembers.Concat(names).ToArray();
}
