namespace OpenApiCodegen.SpecDiff.Tests.Infrastructure;

/// <summary>
/// The 31 published versions of OneSignal's OpenAPI document, read from
/// <c>../shared/onesignal-openapi/versions</c> next to the repository (never copied into it).
/// </summary>
internal static class OneSignalVersions
{
    /// <summary>The files, oldest first (the date in the name orders them).</summary>
    public static readonly string[] Files =
    [
        "2022-04-26_v1.0.2.yaml", "2022-06-06_v1.0.1.yaml", "2022-07-13_v1.0.1.yaml", "2022-08-18_v1.0.1.yaml",
        "2022-11-03_v1.0.1.yaml", "2022-11-10_v1.0.1.yaml", "2022-12-20_v1.0.2.yaml", "2023-04-18_v1.2.1.yaml",
        "2023-08-01_v1.2.2.yaml", "2025-01-16_v1.3.0.yaml", "2025-02-20_v1.4.0.yaml", "2025-05-13_v5.0.1.yaml",
        "2025-06-05_v5.1.0.yaml", "2025-07-08_v5.2.0.yaml", "2025-10-01_v5.2.1.yaml", "2025-10-01_v5.3.0.yaml",
        "2026-03-24_v5.3.0.yaml", "2026-04-17_v5.4.0.yaml", "2026-04-28_v5.4.0.yaml", "2026-04-30_v5.4.0.yaml",
        "2026-05-08_v5.5.0.yaml", "2026-05-20_v5.6.0.yaml", "2026-06-04_v5.6.0.yaml", "2026-06-17_v5.7.0.yaml",
        "2026-06-23_v5.8.0.yaml", "2026-07-09_v5.9.0.yaml", "2026-07-20_v5.10.0.yaml", "2026-07-28_v5.11.0.yaml",
        "2026-07-29_v5.11.1.yaml", "2026-08-11_v5.11.2.yaml", "2026-08-19_v5.12.0.yaml",
    ];

    /// <summary>The versions folder; skips the calling test when it is not next to the repository.</summary>
    public static string Folder()
    {
        var folder = FindFolder();
        if (folder is null)
        {
            Assert.Skip("OneSignal spec history not found: expected ../shared/onesignal-openapi/versions next to the repository root (the folder holding codegen.sln).");
        }

        return folder;
    }

    public static string PathOf(string file) => Path.Combine(Folder(), file);

    private static string? FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "codegen.sln")))
            {
                var versions = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "onesignal-openapi", "versions"));
                return Directory.Exists(versions) ? versions : null;
            }
        }

        return null;
    }
}
