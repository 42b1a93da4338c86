namespace OneSignal.ContractTests.Invocation;

/// <summary>
/// Every operation of the generated client, by operationId: how to call it with a recording's arguments.
/// Written out by hand on purpose: a changed method signature breaks this build instead of a test run, and
/// a test checks that the table and the spec name the same operations.
/// </summary>
public static partial class OperationInvokers
{
    public static IReadOnlyDictionary<string, Invocation> All { get; } = Build();

    private static Dictionary<string, Invocation> Build()
    {
        var all = new Dictionary<string, Invocation>(StringComparer.Ordinal);
        AddMessaging(all);
        AddPeople(all);
        AddAudience(all);
        AddOrganization(all);
        return all;
    }
}
