#if KIOTA_CLIENT
using KiotaOneSignal;
using KiotaOneSignal.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using OpenApiCodegen.Benchmarks.Client.Fixtures;

namespace OpenApiCodegen.Benchmarks.Client.Kiota;

/// <summary>The create-notification fixture, built with the types Kiota generates for spec/onesignal.yaml.</summary>
internal static class KiotaRequests
{
    public static Notification SpringSale() => new()
    {
        AppId = Account.AppId,
        Name = "Spring sale 2026",
        // Kiota leaves out the properties of the spec's anyOf NotificationTarget (segments, aliases, ids), so a
        // Kiota user sends them as additional data.
        AdditionalData = new Dictionary<string, object>
        {
            ["included_segments"] = new List<string> { "Active Users", "Engaged Users" },
            ["excluded_segments"] = new List<string> { "Purchased Last 7 Days" },
        },
        Filters =
        [
            new FilterExpression { Filter = new Filter { Field = "tag", Key = "plan", Relation = Filter_relation.Equal, Value = "premium" } },
            new FilterExpression { Operator = new Operator { OperatorProp = Operator_operator.OR } },
            new FilterExpression { Filter = new Filter { Field = "last_session", Relation = Filter_relation.LessThan, HoursAgo = "48" } },
        ],
        Contents = new LanguageStringMap
        {
            En = "Everything is 30% off until Sunday. Tap to see what's new.",
            Es = "¡Todo con un 30 % de descuento hasta el domingo! Toca para ver las novedades.",
        },
        Headings = new LanguageStringMap { En = "Spring sale", Es = "Rebajas de primavera" },
        Data = new BasicNotification_data
        {
            AdditionalData = new Dictionary<string, object> { ["campaign"] = "spring-2026", ["deep_link"] = "acme://sale/spring", ["discount"] = "30" },
        },
        Buttons =
        [
            new Button { Id = "shop", Text = "Shop now", Icon = "ic_menu_shop" },
            new Button { Id = "later", Text = "Remind me later" },
        ],
        Url = "https://example.com/sale/spring",
        IosBadgeType = "Increase",
        IosBadgeCount = 1,
        AndroidChannelId = "5e3a5c7e-1f1a-4b1e-9e2d-6f1b8a9c0d1e",
        Ttl = 86_400,
        Priority = 10,
        IdempotencyKey = Guid.Parse(CreateNotificationFixture.IdempotencyKey),
    };

    /// <summary>
    /// Kiota's client over an HttpClient whose only handler is <paramref name="handler"/>, like ours and the
    /// hand-written one. The key goes in the Authorization header with OneSignal's "Key" scheme.
    /// </summary>
    public static KiotaOneSignalClient Client(HttpMessageHandler handler) => Client(new HttpClient(handler));

    /// <summary>
    /// Kiota's client as its documentation sets it up: KiotaClientFactory adds Kiota's default middleware (retry,
    /// redirect, user agent, headers inspection...) in front of <paramref name="handler"/>.
    /// </summary>
    public static KiotaOneSignalClient ClientWithDefaultMiddleware(HttpMessageHandler handler) => Client(KiotaClientFactory.Create(handler));

    private static KiotaOneSignalClient Client(HttpClient http)
    {
        var authentication = new ApiKeyAuthenticationProvider(Account.Authorization, "Authorization", ApiKeyAuthenticationProvider.KeyLocation.Header);
        return new KiotaOneSignalClient(new HttpClientRequestAdapter(authentication, httpClient: http));
    }
}
#endif
