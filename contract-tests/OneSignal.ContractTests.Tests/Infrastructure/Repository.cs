namespace OneSignal.ContractTests.Tests.Infrastructure;

/// <summary>Paths in the repository, found by walking up from the test binaries to codegen.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string Spec => Path.Combine(Root, "spec", "onesignal.yaml");

    public static string Recordings => Path.Combine(Root, "contract-tests", "recordings");

    public static string Baseline => Path.Combine(Root, "contract-tests", "drift-baseline.json");

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "codegen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("codegen.sln not found above " + AppContext.BaseDirectory);
    }
}
