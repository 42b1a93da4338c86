using OpenApiCodegen.Cli.Parity;

namespace OpenApiCodegen.Cli.Tests;

public sealed class ParityReportTests
{
    private static readonly string OursWithoutDelete = ParitySpecs.Theirs[..ParitySpecs.Theirs.IndexOf("  /items/{id}:", StringComparison.Ordinal)]
        + ParitySpecs.Theirs[ParitySpecs.Theirs.IndexOf("components:", StringComparison.Ordinal)..];

    [Fact]
    public void DeliberateDifferenceIsAccepted()
    {
        var deliberate = new DeliberatePatterns(["operation-removed: operation delete_item (DELETE /items/{id}) removed"]);

        var report = ParityReport.Create(ParitySpecs.Compare(OursWithoutDelete, ParitySpecs.Theirs), deliberate);

        Assert.False(report.HasUnexpected);
        Assert.Equal("parity: 1 differences, 1 deliberate, 0 unexpected", report.Summary);
        Assert.Empty(report.UnusedPatterns);
    }

    [Fact]
    public void UnexpectedDifferenceFails()
    {
        // The pattern explains another difference, not this one; it is reported as stale.
        var deliberate = new DeliberatePatterns(["operation-added: *"]);

        var report = ParityReport.Create(ParitySpecs.Compare(OursWithoutDelete, ParitySpecs.Theirs), deliberate);

        Assert.True(report.HasUnexpected);
        Assert.Equal(["operation-removed: operation delete_item (DELETE /items/{id}) removed"], report.Unexpected.Select(d => d.Line));
        Assert.Equal("parity: 1 differences, 0 deliberate, 1 unexpected", report.Summary);
        Assert.Equal(["operation-added: *"], report.UnusedPatterns);
    }

    [Fact]
    public void ParityListsWhatDiffFindsFromTheirsToOurs()
    {
        var ours = ParitySpecs.Theirs.Replace("id: {type: string}", "id: {type: string, nullable: true, readOnly: true}", StringComparison.Ordinal);

        var lines = ParitySpecs.Compare(ours, ParitySpecs.Theirs).Select(d => d.Line).ToList();

        Assert.Equal(["response-nullable-added: Item.id became nullable", "response-property-read-only-added: Item.id became readOnly"], lines.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OurSpecHasNoUnexpectedDifferenceFromTheLatestPublishedOne()
    {
        var versions = RepositoryRoot.SharedSpecVersions;
        if (!Directory.Exists(versions))
        {
            Assert.Skip($"OneSignal's published specs are not in {versions}; parity needs ../shared/onesignal-openapi beside the repository.");
        }

        var published = LatestPublished(versions);
        var spec = Path.Combine(RepositoryRoot.Path, "spec");
        var report = ParityReport.Run(Path.Combine(spec, "onesignal.yaml"), published, Path.Combine(spec, "README.md"));

        Assert.True(
            !report.HasUnexpected,
            $"against {Path.GetFileName(published)}: " + report.Summary + Environment.NewLine + string.Join(Environment.NewLine, report.Unexpected.Select(d => d.Line)));
        Assert.Empty(report.UnusedPatterns);
    }

    /// <summary>
    /// The newest published spec. File names start with the ISO publication date (2026-08-19_v5.12.0.yaml), so
    /// the greatest name is the newest, and a version published later is checked without editing this test.
    /// </summary>
    private static string LatestPublished(string versions)
    {
        var latest = Directory.EnumerateFiles(versions)
            .Where(file => Path.GetExtension(file) is ".yaml" or ".json")
            .MaxBy(Path.GetFileName, StringComparer.Ordinal);
        return latest ?? throw new InvalidOperationException($"{versions} holds no .yaml or .json spec");
    }
}
