namespace OpenApiCodegen.Model;

/// <summary>How an operation's pages follow one another.</summary>
internal enum PagingKind
{
    /// <summary>An item offset argument, advanced by the items of each page (<c>offset</c>/<c>limit</c>).</summary>
    Offset,

    /// <summary>A page number argument, from 1, advanced by one.</summary>
    Page,

    /// <summary>A cursor argument, taken from a property of each page.</summary>
    Cursor,

    /// <summary>A link to the next page, in a property of each page (<c>x-ms-pageable</c>'s <c>nextLinkName</c>).</summary>
    NextLink,
}

/// <summary>
/// What a paged operation declares (<c>x-ms-pageable</c> or <c>x-speakeasy-pagination</c>), as read from the spec, before
/// the answer's type is built: JSON names, resolved by <see cref="PagingModel"/> once it is.
/// </summary>
internal sealed record PagingDeclaration(
    PagingKind Kind,
    string Extension,
    string ItemsJsonName,
    string? NextJsonName,
    string? PositionParameter,
    string? LimitParameter,
    string MethodName,
    string? NextPageMethodName,
    string Pointer);

/// <summary>
/// The pager emitted next to a paged operation: <c>{Method}AllAsync</c>, an <c>IAsyncEnumerable</c> of
/// <see cref="ItemType"/> that calls the operation page after page. <see cref="ItemsProperty"/> is the page's list (null
/// when the answer is the list itself), <see cref="NextProperty"/> its cursor or next link, <see cref="PositionArgument"/>
/// the argument the pager drives (left out of its own arguments), <see cref="LimitArgument"/> the page size it may be given.
/// Its locals are claimed against its arguments.
/// </summary>
internal sealed record PagingModel(
    PagingKind Kind,
    string MethodName,
    string? NextPageMethodName,
    TypeRef ItemType,
    string? ItemsProperty,
    string? NextProperty,
    string? PositionArgument,
    TypeRef? PositionType,
    string? LimitArgument,
    bool LimitIsRequired,
    string PageLocal,
    string ItemsLocal,
    string ItemLocal,
    string PositionLocal);
