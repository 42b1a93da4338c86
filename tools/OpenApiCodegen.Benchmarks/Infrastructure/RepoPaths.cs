namespace OpenApiCodegen.Benchmarks.Infrastructure;

/// <summary>
/// Where the inputs live. BenchmarkDotNet runs each benchmark in a process built under this project's bin/,
/// so paths are found by walking up to codegen.sln rather than taken from the current directory.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The OneSignal spec history kept beside the repository (reference data, never copied into it).</summary>
    public static string OneSignalVersions => Path.GetFullPath(Path.Combine(Root, "..", "shared", "onesignal-openapi", "versions"));

    /// <summary>The newest OneSignal spec: file names start with the release date, so the last by name is the latest.</summary>
    public static string LatestOneSignalSpec
    {
        get
        {
            if (!Directory.Exists(OneSignalVersions))
            {
                throw new InvalidOperationException($"The OneSignal spec history is missing: expected '{OneSignalVersions}'.");
            }

            return Directory.EnumerateFiles(OneSignalVersions, "*.yaml").Order(StringComparer.Ordinal).LastOrDefault()
                   ?? throw new InvalidOperationException($"No OneSignal spec in '{OneSignalVersions}'.");
        }
    }

    /// <summary>
    /// The CLI as built in Release: this project references it, so building the benchmarks in Release builds it there.
    /// </summary>
    public static string CliDll
    {
        get
        {
            string[] candidates =
            [
                Path.Combine(Root, "tools", "OpenApiCodegen.Cli", "bin", "Release", "net10.0", "OpenApiCodegen.Cli.dll"),
                Path.Combine(Root, "artifacts", "bin", "OpenApiCodegen.Cli", "release", "OpenApiCodegen.Cli.dll"),
            ];
            return candidates.FirstOrDefault(File.Exists)
                   ?? throw new InvalidOperationException(
                       "OpenApiCodegen.Cli is not built in Release; run: dotnet build -c Release tools/OpenApiCodegen.Cli");
        }
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "codegen.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("codegen.sln not found above " + AppContext.BaseDirectory);
    }
}
