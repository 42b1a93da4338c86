using System.Text.Json.Serialization;

namespace OpenApiCodegen.Benchmarks.Client.HandWritten;

// The baseline: what a developer writes by hand for OneSignal's create_notification, with the fields they send.
// Names are snake_case through HandWrittenJsonContext; the few OneSignal spells otherwise are named here.

/// <summary>The body of POST /notifications.</summary>
public sealed class NotificationRequest
{
    public required string AppId { get; set; }

    public string? Name { get; set; }

    public List<string>? IncludedSegments { get; set; }

    public List<string>? ExcludedSegments { get; set; }

    public List<FilterCondition>? Filters { get; set; }

    public Dictionary<string, string>? Contents { get; set; }

    public Dictionary<string, string>? Headings { get; set; }

    public Dictionary<string, string>? Data { get; set; }

    public List<ActionButton>? Buttons { get; set; }

    public string? Url { get; set; }

    [JsonPropertyName("ios_badgeType")]
    public string? IosBadgeType { get; set; }

    [JsonPropertyName("ios_badgeCount")]
    public int? IosBadgeCount { get; set; }

    public string? AndroidChannelId { get; set; }

    public int? Ttl { get; set; }

    public int? Priority { get; set; }

    public Guid? IdempotencyKey { get; set; }
}

/// <summary>One entry of <c>filters</c>: a condition (field, relation, value...) or an operator between two.</summary>
public sealed class FilterCondition
{
    public string? Field { get; set; }

    public string? Key { get; set; }

    public string? Relation { get; set; }

    public string? Value { get; set; }

    public string? HoursAgo { get; set; }

    public string? Operator { get; set; }
}

/// <summary>An action button of a push notification.</summary>
public sealed class ActionButton
{
    public required string Id { get; set; }

    public string? Text { get; set; }

    public string? Icon { get; set; }
}

/// <summary>The answer to POST /notifications; <c>errors</c> is a list or an object, so it stays JSON.</summary>
public sealed class CreateNotificationResult
{
    public string? Id { get; set; }

    public string? ExternalId { get; set; }

    public System.Text.Json.JsonElement? Errors { get; set; }
}
