using OpenApiCodegen.SpecDiff;
using OpenApiCodegen.SpecDiff.Loading;

namespace OpenApiCodegen.Cli.Parity;

/// <summary>
/// The differences sorted into deliberate (a README pattern explains them) and unexpected ones. Parity is a view of
/// <c>diff</c>: the published spec is the old version, ours the new one, and every wire-level change is a difference.
/// </summary>
public sealed class ParityReport
{
    private ParityReport(IReadOnlyList<(Difference Difference, string? Pattern)> entries, IReadOnlyList<string> unusedPatterns)
    {
        Entries = entries;
        UnusedPatterns = unusedPatterns;
    }

    /// <summary>Every difference in order, with the pattern that makes it deliberate (null when unexpected).</summary>
    public IReadOnlyList<(Difference Difference, string? Pattern)> Entries { get; }

    public IReadOnlyList<Difference> Deliberate => Entries.Where(e => e.Pattern is not null).Select(e => e.Difference).ToList();

    public IReadOnlyList<Difference> Unexpected => Entries.Where(e => e.Pattern is null).Select(e => e.Difference).ToList();

    /// <summary>Patterns that matched nothing: the difference they explained is gone, so the entry is stale.</summary>
    public IReadOnlyList<string> UnusedPatterns { get; }

    public bool HasUnexpected => Entries.Any(e => e.Pattern is null);

    public string Summary => $"parity: {Entries.Count} differences, {Deliberate.Count} deliberate, {Unexpected.Count} unexpected";

    public static ParityReport Create(IReadOnlyList<Difference> differences, DeliberatePatterns deliberate)
    {
        var entries = differences.Select(d => (d, deliberate.Match(d.Line))).ToList();
        var used = entries.Select(e => e.Item2).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var unused = deliberate.Patterns.Where(p => !used.Contains(p)).Distinct(StringComparer.Ordinal).ToList();
        return new ParityReport(entries, unused);
    }

    /// <summary>Every change from theirs to ours, in the diff's order (worst first).</summary>
    public static IReadOnlyList<Difference> Compare(LoadedSpec ours, LoadedSpec theirs)
        => SpecDiffer.Compare(theirs, ours).Changes.Select(change => new Difference(change)).ToList();

    /// <summary>Compares two spec files; the deliberate patterns come from <paramref name="readmePath"/> when it exists.</summary>
    public static ParityReport Run(string oursPath, string theirsPath, string? readmePath)
    {
        var differences = Compare(SpecLoader.LoadFile(oursPath), SpecLoader.LoadFile(theirsPath));
        var deliberate = readmePath is not null && File.Exists(readmePath)
            ? DeliberatePatterns.FromMarkdown(File.ReadAllText(readmePath))
            : DeliberatePatterns.None;
        return Create(differences, deliberate);
    }
}
