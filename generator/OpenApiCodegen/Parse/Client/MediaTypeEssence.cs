using System;

namespace OpenApiCodegen.Parse.Client;

/// <summary>
/// What a media type is, ignoring parameters and case: the one definition the generator (which media type a client
/// sends and reads) and the contract suite (whether a recorded Content-Type is JSON) share. The contract-testing library
/// compiles this same file.
/// </summary>
internal static class MediaTypeEssence
{
    /// <summary>The media type without parameters, lower case: "application/json; charset=utf-8" gives "application/json".</summary>
    public static string Of(string? mediaType)
    {
        var text = mediaType ?? "";
        var semicolon = text.IndexOf(';');
        return (semicolon >= 0 ? text.Substring(0, semicolon) : text).Trim().ToLowerInvariant();
    }

    /// <summary>JSON: <c>application/json</c>, <c>text/json</c>, any <c>+json</c> type, and <c>*/*</c> (which a JSON API means).</summary>
    public static bool IsJson(string? mediaType)
    {
        var type = Of(mediaType);
        return type == "application/json" || type.EndsWith("+json", StringComparison.Ordinal) || type == "*/*" || type == "text/json";
    }
}
