using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiCodegen.ContractTesting.Findings;

/// <summary>
/// <c>drift-baseline.json</c>: the drift we know about and accept, and per-rule severity overrides.
/// A finding the baseline does not accept is unexpected and fails the run (subject to <c>--fail-on</c>).
/// </summary>
public sealed class Baseline
{
    public Baseline(IReadOnlyList<BaselineEntry> entries, IReadOnlyDictionary<string, Severity> severities)
    {
        Entries = entries;
        Severities = severities;
    }

    public static Baseline Empty { get; } = new([], new Dictionary<string, Severity>());

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Rule id to the severity that replaces the rule's default.</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; }

    /// <summary>Reads a baseline; a missing file is an empty baseline.</summary>
    /// <exception cref="BaselineException">The file is not valid JSON or has an invalid entry.</exception>
    public static Baseline Load(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return Empty;
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new BaselineException($"{path}: not valid JSON: {e.Message}", e);
        }

        var entries = new List<BaselineEntry>();
        var index = 0;
        foreach (var node in root?["accepted"] as JsonArray ?? [])
        {
            if (node is not JsonObject entry || Text(entry, "rule") is not { Length: > 0 } rule)
            {
                throw new BaselineException($"{path}: accepted[{index}] needs at least a \"rule\"");
            }

            if (Findings.Rules.Find(rule) is null && !rule.Contains('*', StringComparison.Ordinal))
            {
                throw new BaselineException($"{path}: accepted[{index}] names rule '{rule}', which does not exist");
            }

            entries.Add(new BaselineEntry(Findings.Rules.Find(rule)?.Id ?? rule, Text(entry, "operation") ?? "*", Text(entry, "recording") ?? "*", Text(entry, "pointer") ?? "*", Text(entry, "reason") ?? ""));
            index++;
        }

        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var (rule, value) in root?["severities"] as JsonObject ?? new JsonObject())
        {
            var known = Findings.Rules.Find(rule) ?? throw new BaselineException($"{path}: severities names rule '{rule}', which does not exist");
            if (!SeverityText.TryParse(value?.ToString(), out var severity))
            {
                throw new BaselineException($"{path}: severity '{value}' of {rule} is not error, warning or info");
            }

            severities[known.Id] = severity;
        }

        return new Baseline(entries, severities);
    }

    /// <summary>Marks the findings the baseline accepts, with the first matching entry's reason.</summary>
    public IReadOnlyList<Finding> Apply(IEnumerable<Finding> findings)
        => findings.Select(f => Entries.FirstOrDefault(e => e.Matches(f)) is { } entry ? f with { Accepted = true, AcceptedReason = entry.Reason } : f).ToList();

    /// <summary>Entries that accept none of the findings: drift that went away, or a typo.</summary>
    public IReadOnlyList<BaselineEntry> Unused(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        return Entries.Where(e => !list.Any(e.Matches)).ToList();
    }

    /// <summary>
    /// Writes a baseline that accepts exactly <paramref name="findings"/>. Reasons of entries that still match
    /// are kept, pattern entries that still match are kept as they are; new findings get an empty reason to fill in.
    /// </summary>
    public void Write(string path, IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        var kept = Entries.Where(e => list.Any(e.Matches)).ToList();
        var added = list.Where(f => !kept.Any(e => e.Matches(f)))
            .Select(f => BaselineEntry.For(f, ""))
            .Distinct();
        var accepted = new JsonArray();
        foreach (var entry in kept.Concat(added).OrderBy(e => e.Operation, StringComparer.Ordinal).ThenBy(e => e.Recording, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Pointer, StringComparer.Ordinal))
        {
            accepted.Add(new JsonObject
            {
                ["rule"] = entry.Rule,
                ["operation"] = entry.Operation,
                ["recording"] = entry.Recording,
                ["pointer"] = entry.Pointer,
                ["reason"] = entry.Reason,
            });
        }

        var severities = new JsonObject();
        foreach (var (rule, severity) in Severities.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            severities[rule] = SeverityText.Name(severity);
        }

        var root = new JsonObject
        {
            ["$comment"] = "Known drift between the spec and the API's answers, accepted by 'verify'. Each entry matches a finding by rule, operation, recording and JSON pointer ('*' matches anything); 'reason' says why it is accepted. 'severities' overrides a rule's default severity.",
            ["severities"] = severities,
            ["accepted"] = accepted,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }

    private static string? Text(JsonObject entry, string name) => entry[name]?.GetValue<string>();
}
