using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenApiCodegen.Benchmarks.Client.Infrastructure;

/// <summary>
/// The values of a notification list that every implementation must have read, one "path=value" line each: every
/// kind of value the answer holds (strings, numbers, booleans, lists, maps, nested delivery counts, outcomes, and
/// nulls as empty). <see cref="Of(byte[])"/> reads them from the JSON itself; each implementation has its own
/// digest over its types, which must produce the same text.
/// </summary>
internal sealed class NotificationDigest
{
    /// <summary>The paths, in order, that each notification contributes.</summary>
    public static readonly string[] Paths =
    [
        "id", "app_id", "name", "included_segments", "excluded_segments", "include_aliases.external_id", "target_channel",
        "contents.en", "contents.es", "headings.en", "headings.es", "data.order_id", "buttons",
        "isIos", "isAndroid", "isAnyWeb", "isWP_WNS", "ios_badgeType", "ios_badgeCount", "ttl", "priority",
        "email_subject", "email_from_name", "email_from_address", "sms_from",
        "successful", "failed", "errored", "converted", "received", "remaining", "queued_at", "send_after", "completed_at",
        "canceled", "bcc_sent",
        "platform_delivery_stats.ios.successful", "platform_delivery_stats.ios.received", "platform_delivery_stats.android.converted",
        "platform_delivery_stats.chrome_web_push.successful", "platform_delivery_stats.email.opened",
        "platform_delivery_stats.email.unique_clicks", "platform_delivery_stats.email.unsubscribed",
        "platform_delivery_stats.sms.provider_successful", "outcomes",
    ];

    private readonly StringBuilder _text = new();
    private int _next;

    /// <summary>The next value, which must be for <paramref name="path"/>: a digest that skips or reorders a path fails here.</summary>
    public NotificationDigest Add(string path, object? value)
    {
        var expected = Paths[_next % Paths.Length];
        if (path != expected)
        {
            throw new InvalidOperationException($"Digest out of order: got '{path}' where '{expected}' comes.");
        }

        _next++;
        _text.Append(path).Append('=').Append(Format(value)).Append('\n');
        return this;
    }

    /// <summary>The page's own values, before its notifications.</summary>
    public NotificationDigest Page(long? totalCount, long? offset, long? limit, int count)
    {
        _text.Append($"page total_count={totalCount} offset={offset} limit={limit} count={count}\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>A list element of buttons or outcomes, written the same way by every digest.</summary>
    public static string Item(params object?[] parts) => string.Join('/', parts.Select(Format));

    /// <summary>The digest read straight from the JSON: what the implementations must agree with.</summary>
    public static string Of(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var notifications = root.GetProperty("notifications");
        var digest = new NotificationDigest().Page(
            root.GetProperty("total_count").GetInt64(), root.GetProperty("offset").GetInt64(), root.GetProperty("limit").GetInt64(), notifications.GetArrayLength());
        foreach (var notification in notifications.EnumerateArray())
        {
            foreach (var path in Paths)
            {
                digest.Add(path, Value(notification, path));
            }
        }

        return digest.ToString();
    }

    private static object? Value(JsonElement element, string path)
    {
        foreach (var name in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return path switch
        {
            "buttons" when element.ValueKind == JsonValueKind.Array => element.EnumerateArray()
                .Select(b => Item(Text(b, "id"), Text(b, "text"), Text(b, "icon"))).ToList(),
            "outcomes" => element.EnumerateArray()
                .Select(o => Item(Text(o, "id"), o.GetProperty("value").GetInt64(), Text(o, "aggregation"))).ToList(),
            _ => element.ValueKind switch
            {
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Number => element.GetInt64(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Array => element.EnumerateArray().Select(item => item.GetString()).ToList(),
                _ => null,
            },
        };
    }

    private static string? Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        bool flag => flag ? "true" : "false",
        string text => text,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => "[" + string.Join('|', items.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}
