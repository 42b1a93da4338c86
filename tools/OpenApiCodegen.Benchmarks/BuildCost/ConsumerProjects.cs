using System.Xml.Linq;
using OpenApiCodegen.Benchmarks.Infrastructure;

namespace OpenApiCodegen.Benchmarks.BuildCost;

/// <summary>
/// The console apps a build-cost run compares, in a scratch folder outside the repository (so none of its build
/// settings leak in): an empty app; the same app with Kiota's client for the spec committed as source, as Kiota users
/// do; the same app with our package and the spec, as our users do; and, to tell the generator's own cost from the
/// cost of compiling what it emits, the same app with our generated code committed as source. Each is restored once.
/// </summary>
internal sealed class ConsumerProjects : IDisposable
{
    private const string ProgramText = "System.Console.WriteLine(typeof(object).Name);\n";

    private ConsumerProjects(string root, string packageVersion, SourceSize kiotaSource)
    {
        Root = root;
        PackageVersion = packageVersion;
        KiotaSource = kiotaSource;
    }

    public string Root { get; }

    public string PackageVersion { get; }

    public SourceSize KiotaSource { get; }

    public string Empty => Path.Combine(Root, "empty");

    public string Kiota => Path.Combine(Root, "kiota");

    public string Ours => Path.Combine(Root, "ours");

    /// <summary>Ours again, with the package's IL-only generator: what its ReadyToRun copies save. A project of its own, so
    /// that the compiler server's cache of each project's generator run stays what it would be for a user.</summary>
    public string OursIL => Path.Combine(Root, "ours-il");

    public string OursAsSource => Path.Combine(Root, "ours-source");

    public static ConsumerProjects Create(string spec, IReadOnlyDictionary<string, string> generated)
    {
        var root = Directory.CreateTempSubdirectory("openapicodegen-buildcost-").FullName;
        var version = "0.0.0-buildcost." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
        var feed = Path.Combine(root, "feed");
        Console.WriteLine($"// packing the generator as {version}");
        ProcessRunner.Run("dotnet", ["pack", Path.Combine(RepoPaths.Root, "generator", "OpenApiCodegen", "OpenApiCodegen.csproj"), "-c", "Release", "-o", feed, $"-p:Version={version}", "-nologo", "-v:q"], RepoPaths.Root);
        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        WriteProject(Path.Combine(root, "empty"), string.Empty);

        var kiota = Path.Combine(root, "kiota");
        Console.WriteLine("// generating Kiota's client");
        ProcessRunner.Run("dotnet", [KiotaTool.Restore(), "generate", "-l", "CSharp", "-d", spec, "-o", Path.Combine(kiota, "Client"), "-c", "OneSignalClient",
            "-n", "KiotaOneSignal", "--exclude-backward-compatible", "--clean-output", "--log-level", "Error"], RepoPaths.Root, KiotaTool.Environment);
        var kiotaPackages = string.Concat(KiotaPackages().Select(p => $"""<PackageReference Include="{p.Id}" Version="{p.Version}" />"""));
        WriteProject(kiota, kiotaPackages);

        WriteOurs(Path.Combine(root, "ours"), properties: string.Empty);
        WriteOurs(Path.Combine(root, "ours-il"), properties: "<OpenApiCodegenReadyToRun>false</OpenApiCodegenReadyToRun>");

        void WriteOurs(string folder, string properties)
        {
            WriteProject(folder, $"""
                <PackageReference Include="OpenApiCodegen" Version="{version}" PrivateAssets="all" />
                <OpenApiSpec Include="{Path.GetFileName(spec)}" Namespace="OneSignal" ClientName="OneSignalClient" />
                """, properties);
            File.Copy(spec, Path.Combine(folder, Path.GetFileName(spec)));
        }

        var oursAsSource = Path.Combine(root, "ours-source");
        WriteProject(oursAsSource, string.Empty);
        Directory.CreateDirectory(Path.Combine(oursAsSource, "Generated"));
        foreach (var (hintName, source) in generated)
        {
            File.WriteAllText(Path.Combine(oursAsSource, "Generated", hintName), source);
        }

        var projects = new ConsumerProjects(root, version, SourceSize.OfFolder(Path.Combine(kiota, "Client")));
        foreach (var project in new[] { projects.Empty, projects.Kiota, projects.Ours, projects.OursIL, projects.OursAsSource })
        {
            ProcessRunner.Run("dotnet", ["restore", "-nologo", "-v:q"], project);
        }

        return projects;
    }

    /// <summary>The Kiota runtime packages at the versions the repository pins (Directory.Packages.props).</summary>
    private static IEnumerable<(string Id, string Version)> KiotaPackages()
        => XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Select(e => (Id: (string)e.Attribute("Include")!, Version: (string)e.Attribute("Version")!))
            .Where(p => p.Id.StartsWith("Microsoft.Kiota.", StringComparison.Ordinal));

    private static void WriteProject(string folder, string items, string properties = "")
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), ProgramText);
        File.WriteAllText(Path.Combine(folder, Path.GetFileName(folder) + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {items}
              </ItemGroup>
            </Project>
            """);
    }

    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);
        // The run's package would otherwise stay in NuGet's cache for good, under a version nothing will ask for again.
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var cached = Path.Combine(packages, "openapicodegen", PackageVersion);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }
}
