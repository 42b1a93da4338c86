namespace OpenApiCodegen.ContractTesting.Findings;

/// <summary>
/// One kind of finding. <see cref="Id"/> never changes once published (baselines and SARIF refer to it);
/// <see cref="Name"/> says the same in words.
/// </summary>
public sealed record Rule(string Id, string Name, Severity DefaultSeverity, string Oracle, string Description)
{
    public override string ToString() => $"{Id} {Name}";
}
