using System.Text.Json.Nodes;
using OpenApiCodegen.ContractTesting.Recorder;

namespace OneSignal.ContractTests.Tests;

/// <summary>
/// The redactor (and so the secret scan, CT403) against values found in real traffic: what must be hidden, and what
/// only looks like it (image names with an @2x suffix, example addresses, placeholders, ids) and must be left alone.
/// </summary>
public sealed class SecretScannerTests
{
    public static TheoryData<string, string> Secrets => new()
    {
        { "jane.doe@gmail.com", "email" },
        { "Contact: ops+alerts@company.io now", "email" },
        { "first.last@mail.example-corp.co.uk", "email" },
        { "+14155552671", "phone" },
        { "call +447700900123 today", "phone" },
        { "os_v2_app_abcdefghijklmnop1234567890", "key" },
    };

    public static TheoryData<string> NotSecrets => new()
    {
        "https://cdn.example.org/icons/icon-16x16@2.png",
        "https://img.onesignal.com/t/logo@2x.webp",
        "/assets/spinner@3x.gif",
        "sprite@2.svg",
        "redacted-1@example.com",
        "someone@example.org",
        "test@service.test",
        "+12025550143",
        "11111111-2222-4333-8444-555555555555",
        "REDACTED_REST_API_KEY",
        "order 12345678901 shipped",
        "v1.2.3@latest",
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void A_secret_in_free_text_is_redacted(string text, string kind)
    {
        var redactor = OneSignalProfile.Instance.Redactor();

        var mapping = redactor.Redact(Mapping(text));

        Assert.Contains(redactor.Redactions, r => r.Kind == kind && r.Location == "Response.BodyAsJson/note");
        Assert.DoesNotContain(text.Split(' ').First(w => w.Contains('@') || w.StartsWith('+') || w.StartsWith("os_v2")), mapping.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotSecrets))]
    public void A_value_that_only_looks_secret_is_left_alone(string text)
    {
        var redactor = OneSignalProfile.Instance.Redactor();

        var mapping = redactor.Redact(Mapping(text));

        Assert.Empty(redactor.Redactions);
        Assert.Equal(text, (string?)mapping["Response"]!["BodyAsJson"]!["note"]);
    }

    private static JsonObject Mapping(string text) => new()
    {
        ["Request"] = new JsonObject { ["Methods"] = new JsonArray("GET") },
        ["Response"] = new JsonObject { ["StatusCode"] = 200, ["BodyAsJson"] = new JsonObject { ["note"] = text } },
    };
}
