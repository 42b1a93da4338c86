using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using OpenApiCodegen.Runtime;
using Polly;

namespace OneSignal;

/// <summary>Registers the OneSignal client with dependency injection.</summary>
public static class OneSignalServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IOneSignalClient"/> as a typed HttpClient with the resilience pipeline the spec calls for:
    /// 429 and 5xx answers, dropped connections and timeouts are retried with exponential backoff and jitter,
    /// honouring Retry-After; no other 4xx is retried; and a POST is retried only when its body carries an
    /// idempotency key (create notification, start Live Activity), which the client fills once so that a
    /// retry never sends twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the keys (REST API key, organization key), base address, timeout and retries.</param>
    /// <returns>The HttpClient builder, to add handlers such as logging.</returns>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    /// <remarks>An attempt that exceeds <see cref="OneSignalClientOptions.Timeout"/> on the last try ends the call with a <see cref="TimeoutException"/>, as with the plain client.</remarks>
    public static IHttpClientBuilder AddOneSignal(this IServiceCollection services, Action<OneSignalClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        var options = new OneSignalClientOptions();
        configure(options);
        options.Validate();
        var resilience = ResilienceSettings.From(options);

        // The pipeline below retries and times out; the client itself must not do it again. It gets a copy with
        // its own retries and timeout off, so the registered options stay what the caller configured.
        var clientOptions = WithoutOwnRetriesOrTimeout(options);

        services.AddSingleton(options);
        var builder = services.AddHttpClient<IOneSignalClient, OneSignalClient>(httpClient => new OneSignalClient(httpClient, clientOptions));
        builder.AddHttpMessageHandler(() => new AttemptTimeoutHandler()); // added first: it wraps the pipeline
        builder.AddResilienceHandler("onesignal", pipeline => resilience.Configure(pipeline));
        return builder;
    }

    /// <summary>
    /// A copy of <paramref name="options"/> for the client behind the resilience pipeline. A test sets every settable
    /// option and checks the copy carries it, so an option the spec adds later cannot be dropped here unnoticed.
    /// </summary>
    internal static OneSignalClientOptions WithoutOwnRetriesOrTimeout(OneSignalClientOptions options) => new()
    {
        BaseAddress = options.BaseAddress,
        RestApiKey = options.RestApiKey,
        OrganizationApiKey = options.OrganizationApiKey,
        RetryBaseDelay = options.RetryBaseDelay,
        MaxRetryDelay = options.MaxRetryDelay,
        MaxRetryAfter = options.MaxRetryAfter,
        MaxRetries = 0,
        Timeout = null,
    };

    /// <summary>The retry and timeout settings, taken from the options the caller configured.</summary>
    private sealed record ResilienceSettings(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan MaxRetryAfter, TimeSpan? Timeout)
    {
        public static ResilienceSettings From(OneSignalClientOptions options)
            => new(options.MaxRetries, options.RetryBaseDelay, options.MaxRetryDelay, options.MaxRetryAfter, options.Timeout);

        public void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
        {
            if (MaxRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = BaseDelay,
                    MaxDelay = MaxDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Context, arguments.Outcome)),
                });
            }

            if (Timeout is { } timeout)
            {
                pipeline.AddTimeout(timeout); // per attempt: inside the retry
            }
        }

        private bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
        {
            // The client marks each request: repeating it must be harmless (see ApiRequest.IsRetryable).
            var request = context.GetRequestMessage() ?? outcome.Result?.RequestMessage;
            if (request is null || !request.Options.TryGetValue(ApiClientCore.RetryableOption, out var retryable) || !retryable)
            {
                return false;
            }

            if (outcome.Exception is not null)
            {
                return outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException;
            }

            var response = outcome.Result!;
            var status = (int)response.StatusCode;
            if (!ApiRetryPolicy.IsTransient(status))
            {
                return false;
            }

            // A Retry-After longer than we may wait ends the call with the answer, as the plain client does.
            var retryAfter = ApiRetryPolicy.RetryAfter(response, DateTimeOffset.UtcNow);
            return retryAfter is null || retryAfter <= MaxRetryAfter;
        }
    }
}
