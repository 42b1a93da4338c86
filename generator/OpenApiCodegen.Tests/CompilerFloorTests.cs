using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>
/// The oldest compiler the README promises, Roslyn 4.8 (the .NET 8 SDK's), runs the packed generator in-process and
/// compiles what it emits for our OneSignal spec at C# 11, warnings included. The tests themselves run a newer Roslyn,
/// so this runs in a process of its own (generator/OpenApiCodegen.CompilerFloor).
/// </summary>
public sealed class CompilerFloorTests
{
    [Fact]
    public void Roslyn48RunsThePackedGeneratorAndCompilesItsOutput()
    {
        var work = Directory.CreateTempSubdirectory("openapicodegen-floor-").FullName;
        try
        {
            var project = Path.Combine(RepositoryPaths.Root, "generator", "OpenApiCodegen", "OpenApiCodegen.csproj");
            // Only the IL copies in analyzers/dotnet/cs are used here; without the ReadyToRun ones this pack does not write
            // what PackageTests' pack of the same build writes at the same time.
            var pack = ProcessRunner.Run("dotnet", $"pack \"{project}\" -c Debug --no-build -o \"{work}\" -p:Version=0.0.0-floor -p:OpenApiCodegenReadyToRun=false", RepositoryPaths.Root, TimeSpan.FromMinutes(3));
            Assert.True(pack.ExitCode == 0, pack.Output);
            var analyzers = Path.Combine(work, "package");
            System.IO.Compression.ZipFile.ExtractToDirectory(Path.Combine(work, "OpenApiCodegen.0.0.0-floor.nupkg"), analyzers);

            var floor = Path.Combine(RepositoryPaths.Root, "generator", "OpenApiCodegen.CompilerFloor", "OpenApiCodegen.CompilerFloor.csproj");
            var spec = Path.Combine(RepositoryPaths.Root, "spec", "onesignal.yaml");
            var run = ProcessRunner.Run("dotnet", $"run --project \"{floor}\" -- \"{Path.Combine(analyzers, "analyzers", "dotnet", "cs")}\" \"{spec}\"",
                RepositoryPaths.Root, TimeSpan.FromMinutes(5));

            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("compiler: Microsoft.CodeAnalysis.CSharp 4.8.0", run.Output);
            Assert.Contains("0 errors and warnings", run.Output);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
