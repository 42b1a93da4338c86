namespace OpenApiCodegen.ContractTesting.Oracles;

/// <summary>What kind of schema problem a value has; each oracle maps these to its own rules.</summary>
public enum SchemaIssueKind
{
    TypeMismatch,
    UnexpectedNull,
    RequiredMissing,
    EnumUnknown,
    Format,
    Undeclared,
    ReadOnly,
    Other,
}

/// <summary>One schema problem at a JSON pointer of the body.</summary>
public sealed record SchemaIssue(SchemaIssueKind Kind, string Pointer, string Message, string? Expected, string? Actual);
