namespace OneSignal.Tests.Infrastructure;

/// <summary>The repository's root: the nearest folder above the test binaries that holds codegen.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "codegen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No codegen.sln above {AppContext.BaseDirectory}: the tests read files of the repository.");
    }
}
