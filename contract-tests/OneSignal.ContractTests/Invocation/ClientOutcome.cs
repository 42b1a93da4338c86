using System.Text.Json.Serialization.Metadata;

namespace OneSignal.ContractTests.Invocation;

/// <summary>
/// What a client method did: returned a value (with the metadata to write it back), returned without a
/// value, or threw. An error answer is a <see cref="OneSignalApiException"/>, typed when the body was read.
/// </summary>
public sealed record ClientOutcome(bool Returned, object? Value, JsonTypeInfo? ValueType, Exception? Exception)
{
    public static async Task<ClientOutcome> Of<T>(Task<OneSignalApiResponse<T>> call)
    {
        try
        {
            var response = await call.ConfigureAwait(false);
            return new ClientOutcome(true, response.Value, OneSignalClientJsonContext.Default.GetTypeInfo(typeof(T)), null);
        }
        catch (OneSignalApiException e)
        {
            return new ClientOutcome(false, null, null, e);
        }
    }

    public static async Task<ClientOutcome> Of(Task<OneSignalApiResponse> call)
    {
        try
        {
            await call.ConfigureAwait(false);
            return new ClientOutcome(true, null, null, null);
        }
        catch (OneSignalApiException e)
        {
            return new ClientOutcome(false, null, null, e);
        }
    }
}
