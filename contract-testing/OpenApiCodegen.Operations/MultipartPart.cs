using System.Text;

namespace OpenApiCodegen.Operations;

/// <summary>One part of a recorded <c>multipart/form-data</c> body: its name, the file name and media type it was sent with, and its text.</summary>
public sealed record MultipartPart(string Name, string? FileName, string? ContentType, string Text)
{
    /// <summary>
    /// The parts of <paramref name="body"/>, split at the boundary that <paramref name="contentType"/> names, in order.
    /// </summary>
    /// <exception cref="ArgumentBindingException">The content type names no boundary, or the body is not laid out in parts of it.</exception>
    public static IReadOnlyList<MultipartPart> Parse(string? contentType, string body)
    {
        var boundary = Boundary(contentType)
            ?? throw new ArgumentBindingException("the recorded request's Content-Type (" + (contentType ?? "none") + ") names no multipart boundary");
        var delimiter = "--" + boundary;
        var parts = new List<MultipartPart>();
        var start = body.IndexOf(delimiter, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentBindingException("the recorded multipart body does not contain its boundary '" + boundary + "'");
        }

        while (true)
        {
            start += delimiter.Length;
            if (string.CompareOrdinal(body, start, "--", 0, 2) == 0)
            {
                return parts; // the closing delimiter
            }

            var next = body.IndexOf(delimiter, start, StringComparison.Ordinal);
            if (next < 0)
            {
                throw new ArgumentBindingException("the recorded multipart body ends without its closing boundary");
            }

            parts.Add(ReadPart(body.Substring(start, next - start)));
            start = next;
        }
    }

    private static MultipartPart ReadPart(string text)
    {
        // A part is CRLF, headers, an empty line, the content, and the CRLF before the next delimiter.
        text = TrimLineBreak(text, atStart: true);
        var separator = text.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var crlf and >= 0 ? (crlf, 4) : (text.IndexOf("\n\n", StringComparison.Ordinal), 2);
        if (separator.Item1 < 0)
        {
            throw new ArgumentBindingException("a part of the recorded multipart body has no empty line after its headers");
        }

        string? name = null, fileName = null, contentType = null;
        foreach (var line in text.Substring(0, separator.Item1).Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var header = line.Substring(0, colon).Trim();
            var value = line.Substring(colon + 1).Trim();
            if (header.Equals("Content-Disposition", StringComparison.OrdinalIgnoreCase))
            {
                name = DispositionParameter(value, "name");
                fileName = DispositionParameter(value, "filename");
            }
            else if (header.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
        }

        var content = TrimLineBreak(text.Substring(separator.Item1 + separator.Item2), atStart: false);
        return new MultipartPart(
            name ?? throw new ArgumentBindingException("a part of the recorded multipart body has no name in its Content-Disposition"),
            fileName,
            contentType,
            content);
    }

    private static string? Boundary(string? contentType)
    {
        foreach (var parameter in (contentType ?? string.Empty).Split(';').Skip(1))
        {
            var equals = parameter.IndexOf('=');
            if (equals > 0 && parameter.Substring(0, equals).Trim().Equals("boundary", StringComparison.OrdinalIgnoreCase))
            {
                return parameter.Substring(equals + 1).Trim().Trim('"');
            }
        }

        return null;
    }

    /// <summary><c>name</c> in <c>form-data; name="caption"</c>, quoted or not; null when absent.</summary>
    private static string? DispositionParameter(string disposition, string parameter)
    {
        foreach (var item in disposition.Split(';').Skip(1))
        {
            var equals = item.IndexOf('=');
            if (equals > 0 && item.Substring(0, equals).Trim().Equals(parameter, StringComparison.OrdinalIgnoreCase))
            {
                var value = item.Substring(equals + 1).Trim();
                return value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"' ? value.Substring(1, value.Length - 2).Replace("\\\"", "\"") : value;
            }
        }

        return null;
    }

    private static string TrimLineBreak(string text, bool atStart)
    {
        foreach (var lineBreak in new[] { "\r\n", "\n" })
        {
            if (atStart && text.StartsWith(lineBreak, StringComparison.Ordinal))
            {
                return text.Substring(lineBreak.Length);
            }

            if (!atStart && text.EndsWith(lineBreak, StringComparison.Ordinal))
            {
                return text.Substring(0, text.Length - lineBreak.Length);
            }
        }

        return text;
    }

    /// <summary>The part's text as UTF-8 bytes, as a file's content.</summary>
    public byte[] Bytes() => Encoding.UTF8.GetBytes(Text);
}
