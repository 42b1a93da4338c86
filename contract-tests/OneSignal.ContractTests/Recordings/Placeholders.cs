namespace OneSignal.ContractTests.Recordings;

/// <summary>
/// Stand-ins recordings carry instead of account-specific values. A live run or a recording session swaps
/// them for the real values from the environment, and the recorder swaps the real values back.
/// </summary>
public static class Placeholders
{
    /// <summary>The app id in every recording's path, query and body.</summary>
    public const string AppId = "11111111-2222-4333-8444-555555555555";

    /// <summary>The organization id (list_audit_logs).</summary>
    public const string OrganizationId = "66666666-7777-4888-8999-aaaaaaaaaaaa";
}
