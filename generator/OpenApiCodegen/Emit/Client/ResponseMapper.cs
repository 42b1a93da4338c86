using System.Collections.Generic;
using System.Linq;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit.Client;

/// <summary>
/// Emits the status switch of an operation: each declared success status gives the typed value,
/// each declared error status the client's exception (typed when its body is declared), and any
/// other status an exception with the raw body.
/// </summary>
internal static class ResponseMapper
{
    public static void Write(SourceWriter writer, OperationModel operation, string @namespace, ClientNames names)
    {
        var responses = names.Responses; // a helper name: nothing a spec names can hide it
        var declaredSuccess = operation.Responses.Any(r => r.IsSuccess);
        var fallback = operation.Responses.FirstOrDefault(r => r.Status == "default");
        var fallbackThrow = fallback is null
            ? "throw " + responses + ".Error(response, \"a status the spec does not declare for this operation.\");"
            : ErrorThrow(fallback, responses);
        using (writer.Block("switch (response.StatusCode)"))
        {
            foreach (var section in Sections(operation, @namespace, names, declaredSuccess ? fallbackThrow : null))
            {
                foreach (var label in section.Labels)
                {
                    writer.Line("case " + label + ":");
                }

                writer.Indent();
                writer.Line(section.Statement);
                writer.Outdent();
            }

            writer.Line("default:");
            writer.Indent();
            if (!declaredSuccess)
            {
                // The spec lists no success status: any 2xx is success, without a value.
                writer.Line("if (response.StatusCode is >= 200 and <= 299) " + SuccessReturn(operation, null, @namespace, names));
            }

            writer.Line(fallbackThrow);
            writer.Outdent();
        }
    }

    /// <summary>
    /// The switch sections before <c>default</c>. Without status ranges (where order matters), statuses that do the
    /// same share a section, and an error that does what <c>default</c> does (<paramref name="defaultOnly"/>) needs none.
    /// </summary>
    private static List<(List<string> Labels, string Statement)> Sections(OperationModel operation, string @namespace, ClientNames names, string? defaultOnly)
    {
        var cases = Ordered(operation.Responses)
            .Where(r => r.Status != "default")
            .Select(r => (Label: CaseLabel(r.Status), Statement: r.IsSuccess ? SuccessReturn(operation, r, @namespace, names) : ErrorThrow(r, names.Responses)))
            .ToList();
        if (cases.Any(c => c.Label.StartsWith(">=", System.StringComparison.Ordinal)))
        {
            return cases.Select(c => (new List<string> { c.Label }, c.Statement)).ToList();
        }

        var sections = new List<(List<string> Labels, string Statement)>();
        foreach (var (label, statement) in cases)
        {
            if (statement == defaultOnly)
            {
                continue;
            }

            var index = sections.FindIndex(s => s.Statement == statement);
            if (index < 0)
            {
                sections.Add((new List<string> { label }, statement));
            }
            else
            {
                sections[index].Labels.Add(label);
            }
        }

        return sections;
    }

    /// <summary>Exact statuses before ranges, so no case hides another.</summary>
    private static IEnumerable<ResponseModel> Ordered(IEnumerable<ResponseModel> responses)
        => responses.OrderBy(r => r.Status.Contains("X") ? 1 : 0);

    private static string CaseLabel(string status)
    {
        if (status.Length == 3 && status.EndsWith("XX", System.StringComparison.Ordinal))
        {
            var hundreds = (status[0] - '0') * 100;
            return ">= " + hundreds + " and <= " + (hundreds + 99);
        }

        return status;
    }

    private static string ErrorThrow(ResponseModel response, string responses)
        => response.Kind == ResponseKind.Json && response.Type is { } type
            ? "throw " + responses + ".Error(response, " + ValueCode.Codec(type) + ");"
            : "throw " + responses + ".Error(response, \"an error status.\");";

    private static string SuccessReturn(OperationModel operation, ResponseModel? response, string @namespace, ClientNames names)
    {
        var result = operation.Result;
        var apiResponse = operation.ResponseHeaders is { } headers
            ? ClientCode.Full(@namespace, headers.ClassName) // reads the declared headers into typed properties
            : ClientCode.Full(@namespace, names.ApiResponse) + (result.Shape == ResultShape.None ? string.Empty : "<" + ClientCode.ResultType(operation, @namespace) + ">");
        switch (result.Shape)
        {
            case ResultShape.None:
                return "return new " + apiResponse + "(response.StatusCode, response.Headers);";
            case ResultShape.Single:
                var value = response is null || response.Kind == ResponseKind.None ? "default" : Read(response, @namespace, names);
                return "return new " + apiResponse + "(response.StatusCode, response.Headers, " + value + ");";
            default:
                var resultType = ClientCode.Full(@namespace, result.ResultClassName!);
                var initializer = response is null || response.Kind == ResponseKind.None
                    ? string.Empty
                    : " { " + ResultClassEmitter.PropertyName(response.Status) + " = " + Read(response, @namespace, names) + " }";
                return "return new " + apiResponse + "(response.StatusCode, response.Headers, new " + resultType + "(response.StatusCode)" + initializer + ");";
        }
    }

    private static string Read(ResponseModel response, string @namespace, ClientNames names) => response.Kind switch
    {
        ResponseKind.Text => names.Responses + ".Text(response)",
        ResponseKind.Binary => names.Responses + ".Binary(response)",
        _ => names.Responses + ".Json(response, " + ValueCode.Codec(response.Type ?? TypeRef.Json) + ")",
    };
}
