namespace OpenApiCodegen.ContractTesting.Import;

/// <summary>
/// One HTTP exchange as a capture holds it (a HAR entry, a cassette interaction): what was sent and what came back,
/// and where it came from (<paramref name="Source"/>: the file and the entry), for messages.
/// </summary>
public sealed record CapturedExchange(
    string Source,
    string Method,
    Uri Url,
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    CapturedBody? RequestBody,
    int Status,
    IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders,
    CapturedBody? ResponseBody);

/// <summary>A body: its text, or its bytes when it is not text (then <see cref="Text"/> is null).</summary>
public sealed record CapturedBody(string? Text, byte[]? Bytes)
{
    public static CapturedBody? OfText(string? text) => string.IsNullOrEmpty(text) ? null : new CapturedBody(text, null);

    /// <summary>Bytes that are UTF-8 text become text; anything else stays bytes.</summary>
    public static CapturedBody? OfBytes(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return new CapturedBody(new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), null);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return new CapturedBody(null, bytes);
        }
    }
}

/// <summary>What a capture file held: its exchanges, and a line for each part that could not be read (the rest is kept).</summary>
public sealed record CaptureFile(IReadOnlyList<CapturedExchange> Exchanges, IReadOnlyList<string> Problems);
