using System.Text.Json.Nodes;
using OpenApiCodegen.ContractTesting.Live;
using WireMock.Server;
using WireMock.Settings;

namespace OneSignal.ContractTests.Tests.Infrastructure;

/// <summary>
/// A local WireMock.Net server playing OneSignal's API for record and live tests: it serves committed
/// recordings with the placeholders swapped for "real" values, so the code under test sees what the real
/// API would send, secrets included.
/// </summary>
internal sealed class Upstream : IDisposable
{
    public const string RealAppId = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
    public const string RealRestKey = "os_v2_app_realrestkey7h3k2m9q4w8e6r1t5y0u";
    public const string RealOrganizationKey = "os_v2_org_realorgkey2b7n4v9c1x6z3l8k5j0h";

    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { ReadStaticMappings = false, StartAdminInterface = false });

    public Uri Url => new(_server.Url!);

    /// <summary>The account as a live run reads it from the environment: both keys and the app id, no organization id.</summary>
    public LiveEnvironment Environment => LiveEnvironment.FromEnvironment(OneSignalProfile.Instance, Url.ToString(), name => name switch
    {
        "ONESIGNAL_REST_API_KEY" => RealRestKey,
        "ONESIGNAL_ORGANIZATION_API_KEY" => RealOrganizationKey,
        "ONESIGNAL_APP_ID" => RealAppId,
        _ => null,
    });

    /// <summary>Serves a committed recording as the real API would, after <paramref name="plant"/> changes its answer.</summary>
    public void Serve(string relative, Action<JsonObject>? plant = null)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Recordings, relative))
            .Replace(OneSignalProfile.AppId, RealAppId, StringComparison.Ordinal)
            .Replace("REDACTED_REST_API_KEY", RealRestKey, StringComparison.Ordinal)
            .Replace("REDACTED_ORGANIZATION_API_KEY", RealOrganizationKey, StringComparison.Ordinal);
        var mapping = JsonNode.Parse(text)!.AsObject();
        mapping.Remove("Guid");
        plant?.Invoke(mapping);
        _server.WithMapping(mapping.ToJsonString());
    }

    public void Dispose() => _server.Stop();
}
