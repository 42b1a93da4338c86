using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using OpenApiCodegen.SpecDiff.Loading;
using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Rules;
using OpenApiCodegen.SpecDiff.Tests.Infrastructure;

namespace OpenApiCodegen.SpecDiff.Tests.History;

/// <summary>
/// The diff against the real history of OneSignal's published spec (31 versions, read from
/// ../shared/onesignal-openapi/versions; skipped when that folder is absent).
/// </summary>
public sealed partial class OneSignalHistoryTests
{
    private const string V140 = "2025-02-20_v1.4.0.yaml";
    private const string V501 = "2025-05-13_v5.0.1.yaml";

    private static readonly ConcurrentDictionary<string, LoadedSpec> Loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// Consecutive steps that are purely additive. Found by parsing both YAML files of every step
    /// into trees and walking them side by side, ignoring prose (description, summary, example,
    /// title): in these steps every difference is a key or a list value that exists only in the newer
    /// file (new paths, operations, schemas, optional properties and parameters, `default` error
    /// responses, `nullable: true`, `deprecated: true`, enum values, x- extensions), and nothing was
    /// removed or changed. Two steps (2026-04-28 -> 04-30, 2026-05-20 -> 06-04) changed prose only.
    /// The other steps each remove or change something (2023-08-01 -> 2025-01-16, for one, moves the
    /// server and adds security to delete_user; 2026-07-28 -> 07-29 moves export_events).
    /// </summary>
    private static readonly (string Older, string Newer)[] Additive =
    [
        ("2025-01-16_v1.3.0.yaml", "2025-02-20_v1.4.0.yaml"),
        ("2025-06-05_v5.1.0.yaml", "2025-07-08_v5.2.0.yaml"),
        ("2025-07-08_v5.2.0.yaml", "2025-10-01_v5.2.1.yaml"),
        ("2025-10-01_v5.2.1.yaml", "2025-10-01_v5.3.0.yaml"),
        ("2025-10-01_v5.3.0.yaml", "2026-03-24_v5.3.0.yaml"),
        ("2026-03-24_v5.3.0.yaml", "2026-04-17_v5.4.0.yaml"),
        ("2026-04-17_v5.4.0.yaml", "2026-04-28_v5.4.0.yaml"),
        ("2026-04-28_v5.4.0.yaml", "2026-04-30_v5.4.0.yaml"),
        ("2026-04-30_v5.4.0.yaml", "2026-05-08_v5.5.0.yaml"),
        ("2026-05-08_v5.5.0.yaml", "2026-05-20_v5.6.0.yaml"),
        ("2026-05-20_v5.6.0.yaml", "2026-06-04_v5.6.0.yaml"),
        ("2026-06-04_v5.6.0.yaml", "2026-06-17_v5.7.0.yaml"),
        ("2026-06-17_v5.7.0.yaml", "2026-06-23_v5.8.0.yaml"),
        ("2026-06-23_v5.8.0.yaml", "2026-07-09_v5.9.0.yaml"),
        ("2026-07-09_v5.9.0.yaml", "2026-07-20_v5.10.0.yaml"),
        ("2026-07-20_v5.10.0.yaml", "2026-07-28_v5.11.0.yaml"),
        ("2026-08-11_v5.11.2.yaml", "2026-08-19_v5.12.0.yaml"),
    ];

    private static readonly (string Older, string Newer)[] Consecutive = OneSignalVersions.Files.Zip(OneSignalVersions.Files.Skip(1)).ToArray();

    public static TheoryData<string, string> AdditiveSteps => new(Additive);

    public static TheoryData<string, string> ConsecutiveSteps => new(Consecutive);

    public static TheoryData<string> Versions => new(OneSignalVersions.Files);

    [Fact]
    public void The_history_folder_holds_the_31_known_versions()
    {
        var files = Directory.GetFiles(OneSignalVersions.Folder(), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(OneSignalVersions.Files, files);
    }

    [Fact]
    public void The_v5_step_removes_the_player_and_live_activity_token_operations()
    {
        var result = Diff(V140, V501);

        var removed = result.Changes.Where(c => c.RuleId == "operation-removed").Select(c => Assert.Single(c.Symbols)).Order();
        Assert.Equal(
            [
                "Client.BeginLiveActivityAsync", "Client.CreatePlayerAsync", "Client.DeletePlayerAsync", "Client.EndLiveActivityAsync",
                "Client.GetEligibleIamsAsync", "Client.GetPlayerAsync", "Client.GetPlayersAsync", "Client.UpdatePlayerAsync", "Client.UpdatePlayerTagsAsync",
            ],
            removed);
        Assert.All(result.Changes.Where(c => c.RuleId == "operation-removed"), c => Assert.Equal(ChangeLevel.Breaking, c.Level));
    }

    [Fact]
    public void The_v5_step_renames_eight_operation_ids_each_reported_once_as_a_rename()
    {
        var result = Diff(V140, V501);

        var renames = result.Changes.Where(c => c.RuleId == "operation-renamed")
            .Select(c => RenamePattern().Match(c.Detail) is { Success: true } m ? $"{m.Groups[1].Value} -> {m.Groups[2].Value}" : c.Detail)
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "create_segments -> create_segment",
                "delete_segments -> delete_segment",
                "export_players -> export_subscriptions",
                "fetch_aliases -> get_aliases_by_subscription",
                "fetch_user -> get_user",
                "fetch_user_identity -> get_aliases",
                "identify_user_by_alias -> create_alias",
                "identify_user_by_subscription_id -> create_alias_by_subscription",
            ],
            renames);

        // A rename is not also an addition and a removal: only the two really new operations are added.
        var added = result.Changes.Where(c => c.RuleId == "operation-added").Select(c => Assert.Single(c.Symbols)).Order();
        Assert.Equal(["Client.GetSegmentsAsync", "Client.UnsubscribeEmailWithTokenAsync"], added);
        var fetchUser = Assert.Single(result.Changes, c => c.RuleId == "operation-renamed" && c.Symbols.Contains("Client.FetchUserAsync"));
        Assert.StartsWith("Client.FetchUserAsync removed (operation fetch_user renamed to get_user", fetchUser.Message);
    }

    [Fact]
    public void The_v5_step_renames_both_security_schemes_without_touching_any_operation_requirement()
    {
        var result = Diff(V140, V501);

        var renames = result.Changes.Where(c => c.RuleId == "security-scheme-renamed").Select(c => c.Detail).Order(StringComparer.Ordinal);
        Assert.Equal(["security scheme app_key renamed to rest_api_key", "security scheme user_key renamed to user_auth_key"], renames);
        Assert.DoesNotContain(result.Changes, c => c.RuleId.StartsWith("security-", StringComparison.Ordinal) && c.RuleId != "security-scheme-renamed");
        Assert.DoesNotContain(result.Changes, c => c.RuleId.StartsWith("operation-security-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_next_step_renames_user_auth_key_to_organization_api_key()
    {
        var change = Assert.Single(Diff(V501, "2025-06-05_v5.1.0.yaml").Changes);

        Assert.Equal("UserAuthKey renamed to OrganizationApiKey (security scheme user_auth_key renamed to organization_api_key)", change.Message);
    }

    [Theory]
    [MemberData(nameof(AdditiveSteps))]
    public void A_purely_additive_release_reports_no_breaking_change(string older, string newer)
    {
        var result = Diff(older, newer);

        Assert.True(!result.Fails(FailOn.Breaking), $"{older} -> {newer}:\n{ChangeAssertions.Describe(result)}");
    }

    [Fact]
    public void Additive_releases_are_potentially_breaking_only_where_responses_gained_values()
    {
        // Additions can still surprise a strict reader: a response property that may now be null,
        // a response enum with new values. Nothing else in the additive steps is above non-breaking.
        var flagged = Additive
            .SelectMany(step => Diff(step.Older, step.Newer).Changes
                .Where(c => c.Level != ChangeLevel.NonBreaking)
                .Select(c => $"{step.Newer}: {c.RuleId} {c.Detail}"))
            .ToList();

        Assert.Equal(
            [
                "2026-04-17_v5.4.0.yaml: response-nullable-added BasicNotification_allOf.android_channel_id became nullable",
                "2026-04-17_v5.4.0.yaml: response-nullable-added BasicNotification_allOf.existing_android_channel_id became nullable",
                "2026-07-09_v5.9.0.yaml: response-nullable-added BasicNotification_allOf.include_unsubscribed became nullable",
                "2026-07-20_v5.10.0.yaml: response-enum-value-added Filter.relation: enum values 'in_array', 'not_in_array' added",
            ],
            flagged);
    }

    [Theory]
    [InlineData("2026-07-28_v5.11.0.yaml", "2026-07-29_v5.11.1.yaml", "Client.ExportEventsAsync", "POST /notifications/{notification_id}/export_events?app_id={app_id}", "POST /notifications/{notification_id}/export_events")]
    [InlineData("2026-07-29_v5.11.1.yaml", "2026-08-11_v5.11.2.yaml", "Client.CreateCustomEventsAsync", "POST /apps/{app_id}/integrations/custom_events", "POST /apps/{app_id}/custom_events")]
    public void The_2026_path_changes_are_moves(string older, string newer, string method, string from, string to)
    {
        var result = Diff(older, newer);

        var move = ChangeAssertions.Single(result, "path-moved");
        Assert.Equal([method], move.Symbols);
        Assert.Contains($"moved from {from} to {to}", move.Detail);
        Assert.Equal(ChangeLevel.PotentiallyBreaking, move.Level);
        ChangeAssertions.None(result, "operation-added");
        ChangeAssertions.None(result, "operation-removed");
    }

    [Fact]
    public void Those_are_the_only_path_moves_in_2026()
    {
        var moves = Consecutive
            .Where(step => step.Newer.StartsWith("2026", StringComparison.Ordinal))
            .SelectMany(step => Diff(step.Older, step.Newer).Changes.Where(c => c.RuleId == "path-moved").Select(c => $"{step.Newer}: {Assert.Single(c.Symbols)}"))
            .ToList();

        Assert.Equal(["2026-07-29_v5.11.1.yaml: Client.ExportEventsAsync", "2026-08-11_v5.11.2.yaml: Client.CreateCustomEventsAsync"], moves);
    }

    [Theory]
    [MemberData(nameof(ConsecutiveSteps))]
    public void Every_consecutive_pair_diffs_cleanly(string older, string newer)
    {
        var result = Diff(older, newer);

        var known = RuleCatalog.All.Select(r => r.Id).ToHashSet();
        Assert.All(result.Changes, change =>
        {
            Assert.Contains(change.RuleId, known);
            Assert.True(change.Old is not null || change.New is not null);
            Assert.False(string.IsNullOrWhiteSpace(change.Message));
        });
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Every_version_against_itself_has_no_change(string version)
    {
        var result = Diff(version, version);

        Assert.True(result.Changes.Count == 0, ChangeAssertions.Describe(result));
    }

    private static DiffResult Diff(string older, string newer) => SpecDiffer.Compare(Load(older), Load(newer));


    // Each version takes part in several tests; comparing never changes a loaded document.
    private static LoadedSpec Load(string file) => Loaded.GetOrAdd(file, f => SpecLoader.LoadFile(OneSignalVersions.PathOf(f)));

    [GeneratedRegex("^operation (\\S+) renamed to (\\S+) ")]
    private static partial Regex RenamePattern();
}
