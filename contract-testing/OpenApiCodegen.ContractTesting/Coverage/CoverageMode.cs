namespace OpenApiCodegen.ContractTesting.Coverage;

/// <summary>What a run demands of the recordings' coverage.</summary>
public enum CoverageMode
{
    /// <summary>Every operation needs a recording (CT404) and a success among them (CT405): a folder meant to cover the API.</summary>
    Operations,

    /// <summary>Only operations that have recordings are judged (CT405): a folder of captured or imported traffic.</summary>
    Recorded,

    /// <summary>No coverage findings; coverage is still counted and reported.</summary>
    None,
}
