namespace OpenApiCodegen.ContractTesting.Oracles;

/// <summary>What kind of schema problem a value has; each oracle maps these to its own rules.</summary>
public enum SchemaIssueKind
{
    TypeMismatch,
    UnexpectedNull,
    RequiredMissing,
    EnumUnknown,
    Format,
    /// <summary>A property the schema does not declare, where it allows others.</summary>
    Undeclared,

    /// <summary>A property the schema does not declare, where it forbids others (<c>additionalProperties: false</c>).</summary>
    Forbidden,
    ReadOnly,
    Other,
}

/// <summary>One schema problem at a JSON pointer of the body.</summary>
public sealed record SchemaIssue(SchemaIssueKind Kind, string Pointer, string Message, string? Expected, string? Actual);
