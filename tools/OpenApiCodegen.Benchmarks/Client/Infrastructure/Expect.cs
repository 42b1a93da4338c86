namespace OpenApiCodegen.Benchmarks.Client.Infrastructure;

/// <summary>
/// The checks every client benchmark's setup makes before anything is timed, so that a benchmark cannot silently
/// measure a path that writes or reads the wrong thing. A failed check stops the benchmark with the difference.
/// </summary>
internal static class Expect
{
    public static void SameJson(byte[] expected, byte[] actual, string what, bool dropNulls = false)
        => SameText(CanonicalJson.Of(expected, dropNulls), CanonicalJson.Of(actual, dropNulls), what);

    public static void SameText(string expected, string actual, string what)
    {
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        throw new InvalidOperationException(
            $"{what}: differs from what was expected at line {line + 1}.\n" +
            $"  expected: {(line < expectedLines.Length ? expectedLines[line].Trim() : "(end)")}\n" +
            $"  actual:   {(line < actualLines.Length ? actualLines[line].Trim() : "(end)")}");
    }

    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new InvalidOperationException($"{what}: expected '{expected}', got '{actual}'.");
        }
    }

    /// <summary>What the canned-response handler captured is the request OneSignal expects.</summary>
    public static void Request(CapturedRequest? actual, string method, string uri, byte[]? body, string what)
    {
        if (actual is null)
        {
            throw new InvalidOperationException($"{what}: sent nothing.");
        }

        Equal(method, actual.Method, what + ", method");
        Equal(uri, actual.Uri, what + ", URI");
        Equal(Fixtures.Account.Authorization, actual.Authorization, what + ", Authorization header");
        if (body is null)
        {
            Equal(0, actual.Body.Length, what + ", body length");
            return;
        }

        Equal("application/json", actual.MediaType, what + ", content type");
        SameJson(body, actual.Body, what + ", body");
    }
}
