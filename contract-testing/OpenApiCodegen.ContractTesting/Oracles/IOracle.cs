using OpenApiCodegen.ContractTesting.Findings;

namespace OpenApiCodegen.ContractTesting.Oracles;

/// <summary>One point of view on a replayed call; each reports findings under its own rules.</summary>
public interface IOracle
{
    IEnumerable<Finding> Check(CaseResult result);
}
