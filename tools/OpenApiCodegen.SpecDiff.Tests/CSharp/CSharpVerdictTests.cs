using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.Tests.CSharp;

/// <summary>Steps of OneSignal's history whose C# verdict the wire view alone got wrong.</summary>
public sealed class CSharpVerdictTests
{
    [Fact]
    public void A_security_scheme_rename_renames_the_options_property_and_breaks()
    {
        var result = CSharpHistoryTests.Diff("2025-05-13_v5.0.1.yaml", "2025-06-05_v5.1.0.yaml");

        var change = Assert.Single(result.Changes, c => c.Level == ChangeLevel.Breaking);
        Assert.Equal(CSharpRules.MemberRenamed, change.Rule);
        Assert.Equal(["OnesignalClientOptions.UserAuthKey"], change.Symbols);
        Assert.Equal("renamed to OrganizationApiKey", change.Effect);
        Assert.Contains("security scheme user_auth_key renamed to organization_api_key", change.Detail, StringComparison.Ordinal);
        Assert.NotNull(change.New?.Line);
        Assert.True(result.Fails(FailOn.Breaking));
    }

    [Fact]
    public void Dropping_required_from_a_read_only_id_changes_no_CSharp_and_does_not_break()
    {
        var result = CSharpHistoryTests.Diff("2022-08-18_v1.0.1.yaml", "2022-11-03_v1.0.1.yaml");

        Assert.DoesNotContain(result.Changes, c => c.Rule.IsCSharp());
        var change = Assert.Single(result.Changes);
        Assert.Equal("response-property-required-removed", change.RuleId);
        Assert.Equal(["Player.Id"], change.Symbols);
        Assert.False(result.Fails(FailOn.Breaking));
    }

    [Fact]
    public void An_optional_parameter_inserted_before_the_cancellation_token_breaks_positional_calls()
    {
        var result = CSharpHistoryTests.Diff("2026-06-17_v5.7.0.yaml", "2026-06-23_v5.8.0.yaml");

        var changes = result.Changes.Where(c => c.Rule == CSharpRules.ParametersChanged).ToList();
        Assert.Equal(
            ["IOnesignalClient.GetNotificationsAsync", "IOnesignalClient.GetNotificationsWithResponseAsync", "OnesignalClient.GetNotificationsAsync", "OnesignalClient.GetNotificationsWithResponseAsync"],
            changes.SelectMany(c => c.Symbols).Order(StringComparer.Ordinal));
        Assert.All(changes, c => Assert.Equal("parameter timeOffset (string?) inserted before cancellationToken", c.Effect));
        Assert.All(changes, c => Assert.Contains("time_offset", c.Detail, StringComparison.Ordinal));
        Assert.True(result.Fails(FailOn.Breaking));
    }

    [Fact]
    public void An_allOf_restructure_names_the_user_facing_types_it_changes_once_each()
    {
        var result = CSharpHistoryTests.Diff("2022-07-13_v1.0.1.yaml", "2022-08-18_v1.0.1.yaml");

        Assert.Contains(result.Changes, c => c.Rule == CSharpRules.TypeChanged && c.Symbols.Contains("Notification.Contents")
            && c.Effect == "type changes from NotificationAllOfContents? to BasicNotificationAllOfContents?");
        Assert.Contains(result.Changes, c => c.Rule == CSharpRules.TypeRemoved && c.Symbols.SequenceEqual(["NotificationAllOfContents"]));
        // Notification keeps its id: the spec moved the declaration into another allOf part, and nothing says otherwise.
        Assert.DoesNotContain(result.Changes, c => c.Symbols.Contains("Notification.Id"));
        var lines = result.Changes.Where(c => c.Rule.IsCSharp()).SelectMany(c => c.Symbols.Select(s => (c.RuleId, Symbol: s))).ToList();
        Assert.Equal(lines.Count, lines.Distinct().Count());
    }

    [Fact]
    public void Alias_schemas_the_generator_never_emits_are_named_as_nothing()
    {
        var result = CSharpHistoryTests.Diff("2025-02-20_v1.4.0.yaml", "2025-05-13_v5.0.1.yaml");

        foreach (var alias in new[] { "Buttons", "Players", "NoSubscribersError" })
        {
            var change = Assert.Single(result.Changes, c => c.Detail == $"schema {alias} removed");
            Assert.Equal(ChangeLevel.NonBreaking, change.Level);
            Assert.Empty(change.Symbols);
            Assert.Equal("changes no generated C#", change.Effect);
        }

        // The operations v5 removes are named as the generator emits them: methods of OnesignalClient (no tags in this spec).
        Assert.Contains(result.Changes, c => c.Rule == CSharpRules.MemberRemoved && c.Symbols.SequenceEqual(["OnesignalClient.CreatePlayerAsync", "IOnesignalClient.CreatePlayerAsync"]));
    }
}
