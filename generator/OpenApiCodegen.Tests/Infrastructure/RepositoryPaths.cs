namespace OpenApiCodegen.Tests.Infrastructure;

/// <summary>Where things are, relative to the repository root (found by walking up to codegen.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>OneSignal's published spec history, beside the repository; absent on some machines.</summary>
    public static string SharedSpecVersions => Path.GetFullPath(Path.Combine(Root, "..", "shared", "onesignal-openapi", "versions"));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "codegen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("codegen.sln not found above " + AppContext.BaseDirectory);
    }
}
