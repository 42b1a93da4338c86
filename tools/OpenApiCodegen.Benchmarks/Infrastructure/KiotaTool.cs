using System.Text.Json;

namespace OpenApiCodegen.Benchmarks.Infrastructure;

/// <summary>
/// Kiota as the repository's tool manifest (.config/dotnet-tools.json) pins it. <c>dotnet tool restore</c>
/// installs it into the NuGet packages folder, from where its dll can be started like any other.
/// </summary>
internal static class KiotaTool
{
    public const string PackageId = "microsoft.openapi.kiota";

    /// <summary>
    /// Kiota otherwise asks GitHub for a newer release and sends telemetry: network time that has nothing to do
    /// with generating code. These are its settings for both (Update:Disabled and Telemetry:OptOut in its
    /// appsettings.json, and its CLI opt-out variable). Kiota 1.38 was still seen to attempt the release check
    /// now and then; without a network here the name lookup fails at once and Kiota goes on.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["KIOTA_UPDATE__DISABLED"] = "true",
        ["KIOTA_TELEMETRY__OPTOUT"] = "true",
        ["KIOTA_CLI_TELEMETRY_OPTOUT"] = "true",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    /// <summary>Restores the manifest's tools and returns kiota.dll, or explains why Kiota cannot run here.</summary>
    public static string Restore()
    {
        try
        {
            ProcessRunner.Run("dotnet", ["tool", "restore"], RepoPaths.Root, Environment);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException("Kiota could not be installed (dotnet tool restore failed), so there is no Kiota figure to compare with.", e);
        }

        var version = ManifestVersion();
        var packages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var tools = Path.Combine(packages, PackageId, version, "tools");
        // The package has a build per target framework (tools/net8.0, net9.0, net10.0); like `dotnet kiota`, take
        // the newest one this runtime can run.
        var dll = Directory.Exists(tools)
            ? Directory.EnumerateDirectories(tools, "net*")
                .Select(folder => (Folder: folder, Version: Version.TryParse(Path.GetFileName(folder)[3..], out var v) ? v : null))
                .Where(build => build.Version is not null && build.Version.Major <= System.Environment.Version.Major)
                .OrderByDescending(build => build.Version)
                .Select(build => Path.Combine(build.Folder, "any", "kiota.dll"))
                .FirstOrDefault(File.Exists)
            : null;
        return dll ?? throw new InvalidOperationException($"Kiota {version} was restored, but no kiota.dll for .NET {System.Environment.Version.Major} is under '{tools}'.");
    }

    private static string ManifestVersion()
    {
        var manifest = Path.Combine(RepoPaths.Root, ".config", "dotnet-tools.json");
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        return document.RootElement.GetProperty("tools").GetProperty(PackageId).GetProperty("version").GetString()
               ?? throw new InvalidOperationException($"{manifest} pins no Kiota version.");
    }
}
