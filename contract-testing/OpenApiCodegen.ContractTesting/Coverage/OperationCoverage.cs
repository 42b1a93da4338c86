namespace OpenApiCodegen.ContractTesting.Coverage;

/// <summary>For one operation: the statuses the spec documents and those the recordings exercise.</summary>
public sealed record OperationCoverage(string OperationId, IReadOnlyList<string> Documented, IReadOnlyList<string> Exercised, int Recordings)
{
    public IReadOnlyList<string> Missing => Documented.Except(Exercised, StringComparer.Ordinal).ToList();

    /// <summary>Statuses recorded that the spec documents only through a range or default.</summary>
    public IReadOnlyList<string> Undocumented => Exercised.Except(Documented, StringComparer.Ordinal).ToList();

    public bool HasSuccess => Exercised.Any(s => s.StartsWith('2'));
}
