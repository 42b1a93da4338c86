using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Cli.Fuzzing;

/// <summary>Names that meet generated code: the generator's own fixed names, keywords, framework types, odd characters.</summary>
public static class HostileNames
{
    private static readonly string[] Others =
    [
        "class", "event", "namespace", "global", "await", "var", "value", "nameof", "when", "yield", "dynamic", "null", "default",
        "Type", "System", "Microsoft", "OpenApiCodegen", "Runtime", "Task", "JsonElement", "Exception", "Attribute", "Object",
        "T", "TResult", "TError", "FuzzClient", "IFuzzClient", "FuzzClientOptions", "FuzzApiException", "FuzzApiResponse",
        "FuzzClientJsonContext", "PetJsonConverter", "Is", "TryGet", "Unmatched", "candidate", "json", "derived", "pair",
        "Content", "FileName", "RawBody", "Ok", "Status201", "Name_Value", "_value", "_core", "123", "9lives", "_", "$", "@", "ß",
        "日本", "a b", "a.b", "a/b", "a~b", "Ab", "AB", "ab", "x-idempotency-key", "", " ", "\t", "'", "\"", "\\", "{}", "<>", "&amp;",
        "-->", "*/", "#region", "\u200B", "\u00A0", "a\nb",
    ];

    public static IReadOnlyList<string> All { get; } = FixedNames.All().Concat(Others).Distinct(StringComparer.Ordinal).ToArray();
}
