namespace OpenApiCodegen.Benchmarks.Client.Infrastructure;

/// <summary>What a client sent, as the benchmark setup compares it across implementations.</summary>
public sealed record CapturedRequest(string Method, string Uri, string? Authorization, string? MediaType, byte[] Body)
{
    public static async Task<CapturedRequest> FromAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var authorization = request.Headers.TryGetValues("Authorization", out var values) ? string.Join(", ", values) : null;
        return new CapturedRequest(
            request.Method.Method,
            request.RequestUri?.AbsoluteUri ?? string.Empty,
            authorization,
            request.Content?.Headers.ContentType?.MediaType,
            body);
    }
}
