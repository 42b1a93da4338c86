using OpenApiCodegen.SpecDiff.Model;

namespace OpenApiCodegen.SpecDiff.Rules;

/// <summary>A kind of change: a stable id that reports and CI filters can rely on, its level, and why.</summary>
public sealed record Rule(string Id, ChangeLevel Level, string Reason);
