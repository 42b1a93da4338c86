using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit.Client;

/// <summary>Spellings shared by the client emitters.</summary>
internal static class ClientCode
{
    public const string Runtime = ValueCode.Runtime;
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string Headers = "global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>";

    public static string Full(string @namespace, string name) => "global::" + @namespace + "." + name;

    /// <summary>The C# type of a successful call's value (without Task).</summary>
    public static string? ResultType(OperationModel operation, string @namespace)
    {
        var result = operation.Result;
        return result.Shape switch
        {
            ResultShape.Single => ValueType(result.Kind, result.Type) + (result.IsNullable ? "?" : string.Empty),
            ResultShape.PerStatus => Full(@namespace, result.ResultClassName!),
            _ => null,
        };
    }

    public static string ValueType(ResponseKind kind, TypeRef? type) => kind switch
    {
        ResponseKind.Text => "string",
        ResponseKind.Binary => "global::System.IO.Stream",
        _ => type?.CSharpName ?? "global::System.Text.Json.JsonElement",
    };
}
