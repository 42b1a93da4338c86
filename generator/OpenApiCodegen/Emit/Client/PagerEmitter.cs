using System.Linq;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit.Client;

/// <summary>
/// Emits a paged operation's pager, <c>{Method}AllAsync</c>: an <c>IAsyncEnumerable</c> of the items of every page, which
/// calls the operation's own method page after page (so every page gets its retries, Retry-After waits and typed
/// exceptions) and stops on an empty or short page, or when there is no next cursor or link. A next link is followed only
/// to the client's own host.
/// </summary>
internal static class PagerEmitter
{
    public static void WriteDeclaration(SourceWriter writer, OperationModel operation, string @namespace, ClientNames names)
    {
        if (operation.Paging is not { } paging)
        {
            return;
        }

        var arguments = Arguments(operation, @namespace, names);
        writer.Line();
        DocComments.WriteXml(writer, "summary", "Every item of every page of <see cref=\"" + operation.MethodName + "\"/>, fetched page after page as the enumeration goes.");
        DocComments.WriteXml(writer, "remarks", Remarks(paging));
        foreach (var argument in arguments)
        {
            DocComments.WriteXml(writer, "param", argument.DocXml, " name=\"" + argument.Name.TrimStart('@') + "\"");
        }

        writer.Line("/// <param name=\"cancellationToken\">Cancels the enumeration, between pages and during any wait for a retry.</param>");
        writer.Line("/// <exception cref=\"" + names.ApiException + "\">A page's answer was an error status, or could not be read.</exception>");
        if (paging.Kind == PagingKind.NextLink)
        {
            writer.Line("/// <exception cref=\"global::System.InvalidOperationException\">A next link points to another host than the client's: it is not followed, since that would send the credentials there.</exception>");
        }

        DocComments.Obsolete(writer, new Documentation(null, null, operation.Deprecated, operation.SpecPointer));
        writer.Line(EnumerableType(paging) + " " + paging.MethodName + "(" + ArgumentList.Declaration(arguments) + ");");
    }

    public static void WriteImplementation(SourceWriter writer, OperationModel operation, string @namespace, ClientNames names)
    {
        if (operation.Paging is not { } paging)
        {
            return;
        }

        var arguments = Arguments(operation, @namespace, names);
        var declaration = string.Join(", ", arguments.Select(a => a.Type + " " + a.Name + (a.IsOptional ? " = null" : string.Empty))
            .Concat(new[] { "[global::System.Runtime.CompilerServices.EnumeratorCancellation] " + ClientCode.CancellationToken + " cancellationToken = default" }));
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        if (operation.Deprecated)
        {
            writer.Line("[global::System.Obsolete(\"Deprecated in the OpenAPI description.\")]");
        }

        using (writer.Block("public async " + EnumerableType(paging) + " " + paging.MethodName + "(" + declaration + ")"))
        {
            switch (paging.Kind)
            {
                case PagingKind.NextLink:
                    WriteNextLinkLoop(writer, operation, paging, arguments);
                    break;
                default:
                    WritePositionLoop(writer, operation, paging, arguments);
                    break;
            }
        }

        if (paging.Kind == PagingKind.NextLink)
        {
            WriteNextPage(writer, operation, paging, @namespace, names);
        }
    }

    private static void WritePositionLoop(SourceWriter writer, OperationModel operation, PagingModel paging, System.Collections.Generic.List<Argument> arguments)
    {
        var position = paging.PositionLocal;
        writer.Line(paging.Kind == PagingKind.Cursor
            ? "string? " + position + " = null;"
            : paging.PositionType!.CSharpName + " " + position + " = " + (paging.Kind == PagingKind.Page ? "1" : "0") + ";");
        using (writer.Block("while (true)"))
        {
            writer.Line("var " + paging.PageLocal + " = await " + operation.MethodName + "(" + Call(arguments, paging.PositionArgument + ": " + position) + ").ConfigureAwait(false);");
            WriteItems(writer, paging);
            switch (paging.Kind)
            {
                case PagingKind.Offset:
                    WriteShortPage(writer, paging);
                    writer.Line(position + " += " + paging.ItemsLocal + ".Count;");
                    break;
                case PagingKind.Page:
                    WriteShortPage(writer, paging);
                    writer.Line(position + "++;");
                    break;
                default:
                    // No next cursor, or the same one again (a server that would loop forever): the last page.
                    var next = paging.PageLocal + "." + paging.NextProperty;
                    using (writer.Block("if (string.IsNullOrEmpty(" + next + ") || " + next + " == " + position + ")"))
                    {
                        writer.Line("yield break;");
                    }

                    writer.Line();
                    writer.Line(position + " = " + next + ";");
                    break;
            }
        }
    }

    private static void WriteNextLinkLoop(SourceWriter writer, OperationModel operation, PagingModel paging, System.Collections.Generic.List<Argument> arguments)
    {
        writer.Line("var " + paging.PageLocal + " = await " + operation.MethodName + "(" + Call(arguments, null) + ").ConfigureAwait(false);");
        using (writer.Block("while (true)"))
        {
            WriteItems(writer, paging);
            var link = paging.PositionLocal;
            using (writer.Block("if (" + paging.PageLocal + "." + paging.NextProperty + " is not { } " + link + " || " + link + ".ToString().Length == 0)"))
            {
                writer.Line("yield break;");
            }

            writer.Line();
            writer.Line(paging.PageLocal + " = (await " + paging.NextPageMethodName + "(" + link + ".ToString(), cancellationToken).ConfigureAwait(false)).Value;");
        }
    }

    /// <summary>The page's items; an empty (or absent) list is the end.</summary>
    private static void WriteItems(SourceWriter writer, PagingModel paging)
    {
        writer.Line("var " + paging.ItemsLocal + " = " + paging.PageLocal + (paging.ItemsProperty is null ? string.Empty : "." + paging.ItemsProperty) + ";");
        using (writer.Block("if (" + paging.ItemsLocal + " is null || " + paging.ItemsLocal + ".Count == 0)"))
        {
            writer.Line("yield break;");
        }

        writer.Line();
        using (writer.Block("foreach (var " + paging.ItemLocal + " in " + paging.ItemsLocal + ")"))
        {
            writer.Line("yield return " + paging.ItemLocal + ";");
        }

        writer.Line();
    }

    /// <summary>A page shorter than the size asked for is the last one (without a size, only an empty page ends).</summary>
    private static void WriteShortPage(SourceWriter writer, PagingModel paging)
    {
        if (paging.LimitArgument is null)
        {
            return;
        }

        using (writer.Block("if (" + paging.ItemsLocal + ".Count < " + paging.LimitArgument + ")"))
        {
            writer.Line("yield break;");
        }

        writer.Line();
    }

    /// <summary>The page a next link points to, read exactly as the operation reads its own answer.</summary>
    private static void WriteNextPage(SourceWriter writer, OperationModel operation, PagingModel paging, string @namespace, ClientNames names)
    {
        writer.Line();
        using (writer.Block("private async " + OperationEmitter.ReturnType(operation, @namespace, names, withResponse: true) + " " + paging.NextPageMethodName + "(string link, " + ClientCode.CancellationToken + " cancellationToken)"))
        {
            writer.Line("var request = new " + ClientCode.Runtime + ".ApiRequest(" + CSharpLiteral.String(operation.OperationId) + ", global::System.Net.Http.HttpMethod.Get, " + operation.SecurityField + ")");
            writer.Line("{");
            writer.Line("    Target = " + Naming.HelperNames.CoreField + ".NextPage(" + CSharpLiteral.String(operation.OperationId) + ", link),");
            writer.Line("};");
            writer.Line("var response = await " + Naming.HelperNames.CoreField + ".SendAsync(request, cancellationToken).ConfigureAwait(false);");
            ResponseMapper.Write(writer, operation, @namespace, names);
        }
    }

    /// <summary>The operation's arguments without the one the pager drives.</summary>
    private static System.Collections.Generic.List<Argument> Arguments(OperationModel operation, string @namespace, ClientNames names)
        => ArgumentList.For(operation, @namespace, names).Where(a => a.Name != operation.Paging!.PositionArgument).ToList();

    /// <summary>Named arguments, so the order of the operation's parameters does not matter.</summary>
    private static string Call(System.Collections.Generic.List<Argument> arguments, string? position)
        => string.Join(", ", arguments.Select(a => a.Name + ": " + a.Name)
            .Concat(position is null ? Enumerable.Empty<string>() : new[] { position })
            .Concat(new[] { "cancellationToken: cancellationToken" }));

    private static string EnumerableType(PagingModel paging) => "global::System.Collections.Generic.IAsyncEnumerable<" + paging.ItemType.CSharpName + ">";

    private static string Remarks(PagingModel paging) => paging.Kind switch
    {
        PagingKind.Offset => "Pages by the item offset, from 0, until a page is empty or shorter than the page size asked for.",
        PagingKind.Page => "Pages by page number, from 1, until a page is empty or shorter than the page size asked for.",
        PagingKind.Cursor => "Pages by the cursor each page gives, until a page is empty or gives no new cursor.",
        _ => "Follows each page's link to the next one, until a page is empty or has none.",
    };
}
