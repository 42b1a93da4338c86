namespace OpenApiCodegen.Cli.Contract;

/// <summary>
/// Where verify and record look by default: the repository's spec, recordings and baseline, found from the
/// current folder or any folder above it, so the commands work from the repository root or a subfolder.
/// </summary>
internal static class ContractPaths
{
    public const string Recordings = "contract-tests/recordings";
    public const string Spec = "spec/onesignal.yaml";
    public const string Baseline = "contract-tests/drift-baseline.json";
    public const string ReportFolder = "artifacts/contract-tests";

    /// <summary>The path as given when set; otherwise the default resolved upwards from the current folder.</summary>
    public static string Resolve(string? given, string defaultRelative)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, defaultRelative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(defaultRelative);
    }
}
