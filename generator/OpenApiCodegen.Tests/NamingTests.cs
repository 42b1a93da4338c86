using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Tests;

/// <summary>Spec names become valid, idiomatic C# identifiers, deterministically.</summary>
public sealed class NamingTests
{
    [Theory]
    [InlineData("app_id", "AppId")]
    [InlineData("isIos", "IsIos")]
    [InlineData("is_ios", "IsIos")]
    [InlineData("isWP_WNS", "IsWPWns")]
    [InlineData("ios_badgeType", "IosBadgeType")]
    [InlineData("zh-Hans", "ZhHans")]
    [InlineData("include-segment-detail", "IncludeSegmentDetail")]
    [InlineData("outcome_names[]", "OutcomeNames")]
    [InlineData("9lives", "_9lives")]
    [InlineData("$special", "Special")]
    [InlineData("größe", "Größe")]
    [InlineData("HTMLParser", "HtmlParser")]
    [InlineData("long", "Long")]
    [InlineData(">", "GreaterThan")]
    [InlineData("!=", "NotEqual")]
    [InlineData("<=", "LessThanOrEqual")]
    [InlineData("", "Empty")]
    [InlineData("~~", "TildeTilde")]
    public void PascalCase(string name, string expected) => Assert.Equal(expected, Identifiers.ToPascalCase(name));

    [Theory]
    [InlineData("app_id", "appId")]
    [InlineData("event", "@event")]
    [InlineData("operator", "@operator")]
    [InlineData("IOStream", "ioStream")]
    [InlineData("long", "@long")]
    public void CamelCase(string name, string expected) => Assert.Equal(expected, Identifiers.ToCamelCase(name));

    [Theory]
    [InlineData("SubscriptionNotificationTarget", "target_channel", "SubscriptionNotificationTargetChannel")]
    [InlineData("Pet", "kind", "PetKind")]
    [InlineData("NotificationTarget", "target", "NotificationTargetTarget")]
    [InlineData("ApiKeyToken", "ip_allowlist_mode", "ApiKeyTokenIpAllowlistMode")]
    public void InlineTypesSayRepeatedWordsOnce(string owner, string member, string expected)
        => Assert.Equal(expected, Identifiers.ToPascalCase(InlineNames.Member(owner, member)));

    [Fact]
    public void ScopeHandsOutSuffixesInClaimOrder()
    {
        var scope = new NameScope(["ExtensionData"]);
        Assert.Equal("IsIos", scope.Claim("IsIos"));
        Assert.Equal("IsIos2", scope.Claim("IsIos"));
        Assert.Equal("ExtensionData2", scope.Claim("ExtensionData"));
    }
}
