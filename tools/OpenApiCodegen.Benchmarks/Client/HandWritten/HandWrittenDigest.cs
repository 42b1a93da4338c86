using OpenApiCodegen.Benchmarks.Client.Infrastructure;

namespace OpenApiCodegen.Benchmarks.Client.HandWritten;

/// <summary>The <see cref="NotificationDigest"/> of a page read by the hand-written client.</summary>
internal static class HandWrittenDigest
{
    public static string Of(NotificationPage page)
    {
        var digest = new NotificationDigest().Page(page.TotalCount, page.Offset, page.Limit, page.Notifications.Count);
        foreach (var n in page.Notifications)
        {
            var stats = n.PlatformDeliveryStats;
            digest.Add("id", n.Id).Add("app_id", n.AppId).Add("name", n.Name)
                .Add("included_segments", n.IncludedSegments).Add("excluded_segments", n.ExcludedSegments)
                .Add("include_aliases.external_id", n.IncludeAliases?.GetValueOrDefault("external_id")).Add("target_channel", n.TargetChannel)
                .Add("contents.en", n.Contents?.GetValueOrDefault("en")).Add("contents.es", n.Contents?.GetValueOrDefault("es"))
                .Add("headings.en", n.Headings?.GetValueOrDefault("en")).Add("headings.es", n.Headings?.GetValueOrDefault("es"))
                .Add("data.order_id", n.Data?.GetValueOrDefault("order_id"))
                .Add("buttons", n.Buttons?.Select(b => NotificationDigest.Item(b.Id, b.Text, b.Icon)))
                .Add("isIos", n.IsIos).Add("isAndroid", n.IsAndroid).Add("isAnyWeb", n.IsAnyWeb).Add("isWP_WNS", n.IsWpWns)
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
                .Add("outcomes", n.Outcomes?.Select(o => NotificationDigest.Item(o.Id, o.Value, o.Aggregation)));
        }

        return digest.ToString();
    }
}
