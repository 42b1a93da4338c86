namespace OpenApiCodegen.Cli.Tests;

/// <summary>The repository root, found by walking up from the test binaries to codegen.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>Our OneSignal spec, which verify checks the recordings against.</summary>
    public static string Spec => System.IO.Path.Combine(Path, "spec", "onesignal.yaml");

    /// <summary>The drift verify accepts.</summary>
    public static string DriftBaseline => System.IO.Path.Combine(Path, "contract-tests", "drift-baseline.json");

    /// <summary>OneSignal's published spec history, beside the repository; absent on some machines.</summary>
    public static string SharedSpecVersions =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "onesignal-openapi", "versions"));

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "codegen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("codegen.sln not found above " + AppContext.BaseDirectory);
    }
}
