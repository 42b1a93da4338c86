#if KIOTA_CLIENT
using KiotaOneSignal.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using OpenApiCodegen.Benchmarks.Client.Infrastructure;

namespace OpenApiCodegen.Benchmarks.Client.Kiota;

/// <summary>
/// The <see cref="NotificationDigest"/> of a page read by Kiota's client. Kiota leaves the spec's anyOf
/// NotificationTarget out of its model, so segments, aliases and the channel are read from AdditionalData, where
/// Kiota keeps them as untyped nodes.
/// </summary>
internal static class KiotaDigest
{
    public static string Of(NotificationSlice page)
    {
        var notifications = page.Notifications ?? [];
        var digest = new NotificationDigest().Page(page.TotalCount, page.Offset, page.Limit, notifications.Count);
        foreach (var n in notifications)
        {
            var stats = n.PlatformDeliveryStats;
            var aliases = Untyped(n.AdditionalData, "include_aliases") as UntypedObject;
            digest.Add("id", n.Id).Add("app_id", n.AppId).Add("name", n.Name)
                .Add("included_segments", Strings(Untyped(n.AdditionalData, "included_segments")))
                .Add("excluded_segments", Strings(Untyped(n.AdditionalData, "excluded_segments")))
                .Add("include_aliases.external_id", Strings(aliases is null ? null : Get(aliases.GetValue(), "external_id")))
                .Add("target_channel", Text(Get(n.AdditionalData, "target_channel")))
                .Add("contents.en", n.Contents?.En).Add("contents.es", n.Contents?.Es)
                .Add("headings.en", n.Headings?.En).Add("headings.es", n.Headings?.Es)
                .Add("data.order_id", Text(n.Data is null ? null : Get(n.Data.AdditionalData, "order_id")))
                .Add("buttons", n.Buttons?.Select(b => NotificationDigest.Item(b.Id, b.Text, b.Icon)))
                .Add("isIos", n.IsIos).Add("isAndroid", n.IsAndroid).Add("isAnyWeb", n.IsAnyWeb).Add("isWP_WNS", n.IsWPWNS)
                .Add("ios_badgeType", n.IosBadgeType).Add("ios_badgeCount", n.IosBadgeCount).Add("ttl", n.Ttl).Add("priority", n.Priority)
                .Add("email_subject", n.EmailSubject).Add("email_from_name", n.EmailFromName).Add("email_from_address", n.EmailFromAddress)
                .Add("sms_from", n.SmsFrom)
                .Add("successful", n.Successful).Add("failed", n.Failed).Add("errored", n.Errored).Add("converted", n.Converted)
                .Add("received", n.Received).Add("remaining", n.Remaining).Add("queued_at", n.QueuedAt).Add("send_after", n.SendAfter)
                .Add("completed_at", n.CompletedAt).Add("canceled", n.Canceled).Add("bcc_sent", n.BccSent)
                .Add("platform_delivery_stats.ios.successful", stats?.Ios?.Successful)
                .Add("platform_delivery_stats.ios.received", stats?.Ios?.Received)
                .Add("platform_delivery_stats.android.converted", stats?.Android?.Converted)
                .Add("platform_delivery_stats.chrome_web_push.successful", stats?.ChromeWebPush?.Successful)
                .Add("platform_delivery_stats.email.opened", stats?.Email?.Opened)
                .Add("platform_delivery_stats.email.unique_clicks", stats?.Email?.UniqueClicks)
                .Add("platform_delivery_stats.email.unsubscribed", stats?.Email?.Unsubscribed)
                .Add("platform_delivery_stats.sms.provider_successful", stats?.Sms?.ProviderSuccessful)
                .Add("outcomes", n.Outcomes?.Select(o => NotificationDigest.Item(o.Id, o.Value, Aggregation(o.Aggregation))));
        }

        return digest.ToString();
    }

    private static UntypedNode? Untyped(IDictionary<string, object> additionalData, string name) => Get(additionalData, name) as UntypedNode;

    private static T? Get<T>(IDictionary<string, T> values, string name) where T : class => values.TryGetValue(name, out var value) ? value : null;

    private static List<string?>? Strings(UntypedNode? node)
        => node is UntypedArray array ? array.GetValue().Select(item => (item as UntypedString)?.GetValue()).ToList() : null;

    private static string? Text(object? value) => value switch
    {
        string text => text,
        UntypedString untyped => untyped.GetValue(),
        _ => null,
    };

    private static string? Aggregation(OutcomeData_aggregation? aggregation) => aggregation switch
    {
        OutcomeData_aggregation.Sum => "sum",
        OutcomeData_aggregation.Count => "count",
        _ => null,
    };
}
#endif
