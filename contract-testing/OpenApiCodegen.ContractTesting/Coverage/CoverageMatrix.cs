using System.Globalization;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Recordings;
using OpenApiCodegen.ContractTesting.Spec;

namespace OpenApiCodegen.ContractTesting.Coverage;

/// <summary>Operations x documented statuses, and which of them the recordings exercise.</summary>
public sealed class CoverageMatrix
{
    private CoverageMatrix(IReadOnlyList<OperationCoverage> operations) => Operations = operations;

    public IReadOnlyList<OperationCoverage> Operations { get; }

    public int DocumentedCount => Operations.Sum(o => o.Documented.Count);

    public int ExercisedCount => Operations.Sum(o => o.Documented.Intersect(o.Exercised, StringComparer.Ordinal).Count());

    public int OperationsWithRecordings => Operations.Count(o => o.Recordings > 0);

    public static CoverageMatrix Build(SpecDocument spec, IEnumerable<Recording> recordings)
    {
        var byOperation = recordings.GroupBy(r => r.OperationId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var operations = spec.OperationList.Select(o =>
        {
            var list = byOperation.GetValueOrDefault(o.OperationId) ?? [];
            var exercised = list.Select(r => r.Response.Status.ToString(CultureInfo.InvariantCulture)).Distinct().Order(StringComparer.Ordinal).ToList();
            return new OperationCoverage(o.OperationId, o.DocumentedStatuses.ToList(), exercised, list.Count);
        }).ToList();
        return new CoverageMatrix(operations);
    }

    /// <summary>An operation without any recording, or without a success recording, is a finding, as far as <paramref name="mode"/> asks.</summary>
    public IEnumerable<Finding> Findings(CoverageMode mode = CoverageMode.Operations)
    {
        foreach (var operation in Operations)
        {
            if (mode == CoverageMode.None || (operation.Recordings == 0 && mode == CoverageMode.Recorded))
            {
                continue;
            }

            if (operation.Recordings == 0)
            {
                yield return Finding.Of(Rules.CoverageOperationMissing, operation.OperationId, "", "", $"{operation.OperationId} has no recording", "at least one recording", "none");
            }
            else if (!operation.HasSuccess)
            {
                yield return Finding.Of(Rules.CoverageNoSuccess, operation.OperationId, "", "", $"{operation.OperationId} has no success (2xx) recording",
                    string.Join(", ", operation.Documented.Where(s => s.StartsWith('2'))), string.Join(", ", operation.Exercised));
            }
        }
    }
}
