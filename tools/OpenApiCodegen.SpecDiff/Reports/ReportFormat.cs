namespace OpenApiCodegen.SpecDiff.Reports;

/// <summary>The shapes a diff report comes in.</summary>
public enum ReportFormat
{
    /// <summary>One compiler-style line per change, for a terminal.</summary>
    Text,

    /// <summary>Tables per level, for a pull request comment.</summary>
    Markdown,

    /// <summary>Everything, for tools.</summary>
    Json,

    /// <summary>One test case per change, failing at or above the fail-on level, for CI test tabs.</summary>
    JUnit,

    /// <summary>The generated public API's delta, removed lines then added ones, like a diff of PublicAPI.Shipped.txt.</summary>
    Api,
}
