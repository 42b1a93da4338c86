namespace OpenApiCodegen.Cli.Generation;

/// <summary>
/// A spec as a project would declare it: <c>&lt;OpenApiSpec Include="Path" Namespace=".." ClientName=".." /&gt;</c>,
/// or, with <see cref="IsSpec"/> false, a plain AdditionalFiles entry that external $refs may point at.
/// </summary>
public sealed record SpecItem(string Path, string Text, string? Namespace, string? ClientName, bool IsSpec = true);
