using System.Collections.Generic;
using System.Linq;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit.Client;

/// <summary>One C# argument of an operation method; <see cref="DocXml"/> is its documentation, as XML.</summary>
internal sealed record Argument(string Type, string Name, bool IsOptional, string DocXml);

/// <summary>
/// The arguments of an operation method, in the order a caller expects: path parameters, other
/// required parameters, the required body, then everything optional, then the cancellation token.
/// </summary>
internal static class ArgumentList
{
    public static List<Argument> For(OperationModel operation, string @namespace, ClientNames names)
    {
        var required = new List<Argument>();
        var optional = new List<Argument>();
        foreach (var parameter in operation.Parameters)
        {
            var type = parameter.Type.CSharpNameWithNullability(!parameter.IsRequired);
            var description = parameter.Description is { } text
                ? DocComments.Escape(text)
                : "The <c>" + DocComments.Escape(parameter.Name) + "</c> " + parameter.Location.ToString().ToLowerInvariant() + " parameter.";
            (parameter.IsRequired ? required : optional).Add(new Argument(type, parameter.ArgumentName, !parameter.IsRequired, description));
        }

        if (operation.Body is { } body)
        {
            if (body.Kind == BodyKind.Multipart)
            {
                foreach (var part in body.Parts)
                {
                    var partType = part.IsFile ? ClientCode.Full(@namespace, names.File) : part.Type!.CSharpName;
                    var isOptional = !(body.IsRequired && part.IsRequired);
                    var description = part.Description is { } text
                        ? DocComments.Escape(text)
                        : "The <c>" + DocComments.Escape(part.Name) + "</c> part of the multipart body.";
                    (isOptional ? optional : required).Add(new Argument(partType + (isOptional ? "?" : string.Empty), part.ArgumentName, isOptional, description));
                }
            }
            else
            {
                var bodyType = body.Kind switch
                {
                    BodyKind.Binary => "global::System.IO.Stream",
                    BodyKind.Text => "string",
                    _ => body.Type!.CSharpName,
                };
                var description = body.Description is { } text
                    ? DocComments.Escape(text)
                    : "The request body (<c>" + DocComments.Escape(body.MediaType) + "</c>).";
                (body.IsRequired ? required : optional).Add(new Argument(bodyType + (body.IsRequired ? string.Empty : "?"), body.ArgumentName, !body.IsRequired, description));
            }
        }

        return required.Concat(optional).ToList();
    }

    public static string Declaration(IEnumerable<Argument> arguments)
        => string.Join(", ", arguments.Select(a => a.Type + " " + a.Name + (a.IsOptional ? " = null" : string.Empty))
            .Concat(new[] { ClientCode.CancellationToken + " cancellationToken = default" }));

    public static string Call(IEnumerable<Argument> arguments)
        => string.Join(", ", arguments.Select(a => a.Name).Concat(new[] { "cancellationToken" }));
}
