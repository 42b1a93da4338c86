using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace OpenApiCodegen.Tests.Infrastructure;

/// <summary>
/// What the package's ReadyToRun copies of the generator must be (generator/OpenApiCodegen/ReadyToRun.targets), and
/// which copy a consumer's compiler is handed (build/OpenApiCodegen.targets).
/// </summary>
internal static class ReadyToRunPackage
{
    public static readonly string[] Assemblies = ["OpenApiCodegen.dll", "Microsoft.OpenApi.dll", "Microsoft.OpenApi.YamlReader.dll", "SharpYaml.dll"];

    /// <summary>The package carries ReadyToRun copies only when packed where the SDK runs on linux-x64.</summary>
    public static bool Expected => RuntimeInformation.RuntimeIdentifier == "linux-x64";

    /// <summary>The folder for this SDK's runtime: the one a consumer built with the same SDK is handed.</summary>
    public static string Folder => $"readytorun/net{Environment.Version.Major}.0-linux-x64/";

    public const string ILFolder = "analyzers/dotnet/cs/";

    /// <summary>Each copy is a ReadyToRun image of the same assembly (name and version) as its IL twin.</summary>
    public static void AssertImages(ZipArchive package)
    {
        foreach (var assembly in Assemblies)
        {
            using var il = Open(package, ILFolder + assembly);
            using var image = Open(package, Folder + assembly);
            Assert.True(image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{Folder}{assembly} has no ReadyToRun code");
            Assert.Equal(0, il.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
            Assert.Equal(Identity(il), Identity(image));
        }
    }

    /// <summary>The path of the OpenApiCodegen.dll that the consumer's compiler is handed, as MSBuild resolves it.</summary>
    public static string ResolvedGenerator(string consumer, string arguments, IReadOnlyDictionary<string, string> environment)
    {
        var run = ProcessRunner.Run("dotnet", "msbuild -t:ResolveLockFileAnalyzers -getItem:Analyzer " + arguments, consumer, TimeSpan.FromMinutes(3), environment);
        Assert.True(run.ExitCode == 0, run.Output);
        using var items = JsonDocument.Parse(run.Output[run.Output.IndexOf('{')..]);
        var ours = items.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!)
            .Where(path => Path.GetFileName(path) == "OpenApiCodegen.dll")
            .ToList();
        return Assert.Single(ours).Replace('\\', '/');
    }

    private static PEReader Open(ZipArchive package, string entry)
    {
        var found = package.GetEntry(entry) ?? throw new Xunit.Sdk.XunitException($"the package has no {entry}");
        var bytes = new MemoryStream();
        using (var stream = found.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        return new PEReader(bytes);
    }

    private static string Identity(PEReader pe)
    {
        var metadata = pe.GetMetadataReader();
        var definition = metadata.GetAssemblyDefinition();
        return $"{metadata.GetString(definition.Name)} {definition.Version}";
    }
}
