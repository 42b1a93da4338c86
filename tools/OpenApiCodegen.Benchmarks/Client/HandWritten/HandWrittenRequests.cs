using OpenApiCodegen.Benchmarks.Client.Fixtures;

namespace OpenApiCodegen.Benchmarks.Client.HandWritten;

/// <summary>The create-notification fixture, built with the hand-written types.</summary>
internal static class HandWrittenRequests
{
    public static NotificationRequest SpringSale() => new()
    {
        AppId = Account.AppId,
        Name = "Spring sale 2026",
        IncludedSegments = ["Active Users", "Engaged Users"],
        ExcludedSegments = ["Purchased Last 7 Days"],
        Filters =
        [
            new FilterCondition { Field = "tag", Key = "plan", Relation = "=", Value = "premium" },
            new FilterCondition { Operator = "OR" },
            new FilterCondition { Field = "last_session", Relation = "<", HoursAgo = "48" },
        ],
        Contents = new Dictionary<string, string>
        {
            ["en"] = "Everything is 30% off until Sunday. Tap to see what's new.",
            ["es"] = "¡Todo con un 30 % de descuento hasta el domingo! Toca para ver las novedades.",
        },
        Headings = new Dictionary<string, string> { ["en"] = "Spring sale", ["es"] = "Rebajas de primavera" },
        Data = new Dictionary<string, string> { ["campaign"] = "spring-2026", ["deep_link"] = "acme://sale/spring", ["discount"] = "30" },
        Buttons =
        [
            new ActionButton { Id = "shop", Text = "Shop now", Icon = "ic_menu_shop" },
            new ActionButton { Id = "later", Text = "Remind me later" },
        ],
        Url = "https://example.com/sale/spring",
        IosBadgeType = "Increase",
        IosBadgeCount = 1,
        AndroidChannelId = "5e3a5c7e-1f1a-4b1e-9e2d-6f1b8a9c0d1e",
        Ttl = 86_400,
        Priority = 10,
        IdempotencyKey = Guid.Parse(CreateNotificationFixture.IdempotencyKey),
    };
}
