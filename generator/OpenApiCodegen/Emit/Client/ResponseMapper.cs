using System.Collections.Generic;
using System.Linq;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit.Client;

/// <summary>
/// Emits the status switch of an operation: each declared success status gives the typed value,
/// each declared error status the client's exception (typed when its body is declared), an undeclared
/// 2xx the operation's success value all the same (a server that answers 200 where the spec says 201
/// has still succeeded), and any other status an exception with the raw body.
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
        // A 2xx the spec does not list is success too, read as the operation's one success type when it has one.
        var undeclaredSuccess = declaredSuccess && !operation.Responses.Any(r => r.Status == "2XX") ? UndeclaredSuccessReturn(operation, @namespace, names) : null;
        var sections = Sections(operation, @namespace, names, declaredSuccess ? fallbackThrow : null);
        if (undeclaredSuccess is not null && SharedSection(sections, undeclaredSuccess) is { } shared)
        {
            // The same statement as a declared success: one more label instead of one more line.
            shared.Labels.Add(CaseLabel("2XX"));
            undeclaredSuccess = null;
        }

        using (writer.Block("switch (response.StatusCode)"))
        {
            foreach (var section in sections)
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
            else if (undeclaredSuccess is not null)
            {
                writer.Line("if (response.StatusCode is >= 200 and <= 299) " + undeclaredSuccess);
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

    /// <summary>
    /// The section that already does <paramref name="statement"/>, when the 2xx range can join it: no later section may
    /// hold a 2xx status, which the range would then hide.
    /// </summary>
    private static (List<string> Labels, string Statement)? SharedSection(List<(List<string> Labels, string Statement)> sections, string statement)
    {
        var index = sections.FindIndex(s => s.Statement == statement);
        if (index < 0 || sections.Skip(index + 1).Any(s => s.Labels.Any(l => l.StartsWith("2", System.StringComparison.Ordinal) || l.StartsWith(">= 2", System.StringComparison.Ordinal))))
        {
            return null;
        }

        return sections[index];
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

    private static string SuccessReturn(OperationModel operation, ResponseModel? response, string @namespace, ClientNames names, bool emptyIsDefault = false)
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
                var value = response is null || response.Kind == ResponseKind.None ? "default"
                    : emptyIsDefault ? "response.Body.Length == 0 ? default : " + Read(response, @namespace, names)
                    : Read(response, @namespace, names);
                return "return new " + apiResponse + "(response.StatusCode, response.Headers, " + value + ");";
            default:
                var resultType = ClientCode.Full(@namespace, result.ResultClassName!);
                var initializer = response is null || response.Kind == ResponseKind.None
                    ? string.Empty
                    : " { " + ResultClassEmitter.PropertyName(response.Status) + " = " + Read(response, @namespace, names) + " }";
                return "return new " + apiResponse + "(response.StatusCode, response.Headers, new " + resultType + "(response.StatusCode)" + initializer + ");";
        }
    }

    /// <summary>
    /// An undeclared 2xx: the value of the operation's one success body (none when the answer has no body and the result
    /// may be null); with several success types, the per-status result with none of them set.
    /// </summary>
    private static string UndeclaredSuccessReturn(OperationModel operation, string @namespace, ClientNames names)
    {
        var withBody = operation.Responses.FirstOrDefault(r => r.IsSuccess && r.Kind != ResponseKind.None);
        if (operation.Result.Shape != ResultShape.Single || withBody is null)
        {
            return SuccessReturn(operation, null, @namespace, names);
        }

        return SuccessReturn(operation, withBody, @namespace, names, emptyIsDefault: operation.Result.IsNullable);
    }

    private static string Read(ResponseModel response, string @namespace, ClientNames names) => response.Kind switch
    {
        ResponseKind.Text => names.Responses + ".Text(response)",
        ResponseKind.Binary => names.Responses + ".Binary(response)",
        _ => names.Responses + ".Json(response, " + ValueCode.Codec(response.Type ?? TypeRef.Json) + ")",
    };
}
