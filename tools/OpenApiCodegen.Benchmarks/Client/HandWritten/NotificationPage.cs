using System.Text.Json.Serialization;

namespace OpenApiCodegen.Benchmarks.Client.HandWritten;

// The baseline's view of GET /notifications: every field OneSignal sends in that answer, typed as a developer
// would type them after reading OneSignal's documentation.

/// <summary>A page of sent messages.</summary>
public sealed class NotificationPage
{
    public int TotalCount { get; set; }

    public int Offset { get; set; }

    public int Limit { get; set; }

    public List<SentNotification> Notifications { get; set; } = [];
}

/// <summary>A sent message with its delivery counts.</summary>
public sealed class SentNotification
{
    public string? Id { get; set; }

    public string? AppId { get; set; }

    public string? Name { get; set; }

    public List<string>? IncludedSegments { get; set; }

    public List<string>? ExcludedSegments { get; set; }

    public List<string>? IncludeSubscriptionIds { get; set; }

    public Dictionary<string, List<string>>? IncludeAliases { get; set; }

    public string? TargetChannel { get; set; }

    public Dictionary<string, string>? Contents { get; set; }

    public Dictionary<string, string>? Headings { get; set; }

    public Dictionary<string, string>? Data { get; set; }

    public string? Url { get; set; }

    public string? WebUrl { get; set; }

    public string? AppUrl { get; set; }

    public string? BigPicture { get; set; }

    public string? ChromeWebImage { get; set; }

    public List<ActionButton>? Buttons { get; set; }

    public List<ActionButton>? WebButtons { get; set; }

    [JsonPropertyName("isIos")]
    public bool? IsIos { get; set; }

    [JsonPropertyName("isAndroid")]
    public bool? IsAndroid { get; set; }

    [JsonPropertyName("isHuawei")]
    public bool? IsHuawei { get; set; }

    [JsonPropertyName("isAnyWeb")]
    public bool? IsAnyWeb { get; set; }

    [JsonPropertyName("isChromeWeb")]
    public bool? IsChromeWeb { get; set; }

    [JsonPropertyName("isFirefox")]
    public bool? IsFirefox { get; set; }

    [JsonPropertyName("isSafari")]
    public bool? IsSafari { get; set; }

    [JsonPropertyName("isWP_WNS")]
    public bool? IsWpWns { get; set; }

    [JsonPropertyName("isAdm")]
    public bool? IsAdm { get; set; }

    [JsonPropertyName("isChrome")]
    public bool? IsChrome { get; set; }

    public string? AndroidChannelId { get; set; }

    public string? SmallIcon { get; set; }

    public string? LargeIcon { get; set; }

    public string? IosSound { get; set; }

    public string? AndroidSound { get; set; }

    [JsonPropertyName("ios_badgeType")]
    public string? IosBadgeType { get; set; }

    [JsonPropertyName("ios_badgeCount")]
    public int? IosBadgeCount { get; set; }

    public string? CollapseId { get; set; }

    public string? DelayedOption { get; set; }

    public string? DeliveryTimeOfDay { get; set; }

    public int? Ttl { get; set; }

    public int? Priority { get; set; }

    public int? ThrottleRatePerMinute { get; set; }

    public string? ThreadId { get; set; }

    public string? TemplateId { get; set; }

    public List<FilterCondition>? Filters { get; set; }

    public string? EmailSubject { get; set; }

    public string? EmailFromName { get; set; }

    public string? EmailFromAddress { get; set; }

    public string? EmailReplyToAddress { get; set; }

    public string? EmailPreheader { get; set; }

    public string? SmsFrom { get; set; }

    public List<string>? SmsMediaUrls { get; set; }

    public int? Successful { get; set; }

    public int? Failed { get; set; }

    public int? Errored { get; set; }

    public int? Converted { get; set; }

    public int? Received { get; set; }

    public int? Remaining { get; set; }

    public long? QueuedAt { get; set; }

    public long? SendAfter { get; set; }

    public long? CompletedAt { get; set; }

    public bool? Canceled { get; set; }

    public int? BccSent { get; set; }

    public PlatformDeliveryStats? PlatformDeliveryStats { get; set; }

    public List<OutcomeTotal>? Outcomes { get; set; }
}

/// <summary>Delivery counts by platform.</summary>
public sealed class PlatformDeliveryStats
{
    public DeliveryStats? Ios { get; set; }

    public DeliveryStats? Android { get; set; }

    public DeliveryStats? ChromeWebPush { get; set; }

    public DeliveryStats? EdgeWebPush { get; set; }

    public DeliveryStats? FirefoxWebPush { get; set; }

    public DeliveryStats? SafariWebPush { get; set; }

    public DeliveryStats? Email { get; set; }

    public DeliveryStats? Sms { get; set; }
}

/// <summary>The delivery counts of one platform; email and SMS add their own.</summary>
public sealed class DeliveryStats
{
    public int? Successful { get; set; }

    public int? Failed { get; set; }

    public int? Errored { get; set; }

    public int? Converted { get; set; }

    public int? Received { get; set; }

    public int? Opened { get; set; }

    public int? UniqueOpens { get; set; }

    public int? Clicks { get; set; }

    public int? UniqueClicks { get; set; }

    public int? Bounced { get; set; }

    public int? ReportedSpam { get; set; }

    public int? Unsubscribed { get; set; }

    public int? ProviderSuccessful { get; set; }

    public int? ProviderFailed { get; set; }

    public int? ProviderErrored { get; set; }
}

/// <summary>The total of one outcome, such as clicks.</summary>
public sealed class OutcomeTotal
{
    public string? Id { get; set; }

    public int Value { get; set; }

    public string? Aggregation { get; set; }
}
