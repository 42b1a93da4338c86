using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApiCodegen.Benchmarks.Client.Fixtures;

namespace OpenApiCodegen.Benchmarks.Client.HandWritten;

/// <summary>
/// The baseline client: HttpClient and System.Text.Json's source-generated context, the two calls written by hand
/// the way the HttpClient documentation shows (JsonContent for the body, ReadFromJsonAsync for the answer).
/// </summary>
public sealed class HandWrittenOneSignalClient
{
    private readonly HttpClient _http;

    /// <param name="http">An HttpClient whose BaseAddress is OneSignal's API, ending with '/'.</param>
    public HandWrittenOneSignalClient(HttpClient http) => _http = http;

    public async Task<CreateNotificationResult> CreateNotificationAsync(NotificationRequest body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "notifications")
        {
            Content = JsonContent.Create(body, HandWrittenJsonContext.Default.NotificationRequest),
        };
        return await SendAsync(request, HandWrittenJsonContext.Default.CreateNotificationResult, cancellationToken).ConfigureAwait(false);
    }

    public async Task<NotificationPage> ViewNotificationsAsync(string appId, int limit, int offset, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"notifications?app_id={Uri.EscapeDataString(appId)}&limit={limit}&offset={offset}");
        return await SendAsync(request, HandWrittenJsonContext.Default.NotificationPage, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> answer, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation("Authorization", Account.Authorization);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(answer, cancellationToken).ConfigureAwait(false)
               ?? throw new JsonException($"{request.RequestUri} answered null.");
    }
}
