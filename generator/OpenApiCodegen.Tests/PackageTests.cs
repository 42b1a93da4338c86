using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>
/// The packed NuGet package, restored from a local folder feed into a fresh consumer project that
/// builds with IsAotCompatible and warnings as errors, then runs code that uses the generated types;
/// the same project also builds for net8.0, the oldest target the README promises, and for netstandard2.0 fails with
/// the one error that says why. Where the package carries ReadyToRun copies of the generator, the consumer's compiler
/// is handed those (so the run above used them), and the IL ones when the consumer opts out.
/// </summary>
public sealed class PackageTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: {title: Petstore, version: '1'}
        servers: [{url: 'https://petstore.example/v1'}]
        security: [{api_key: []}]
        paths:
          /pets/{petId}:
            get:
              operationId: get_pet
              parameters: [{name: petId, in: path, required: true, schema: {type: string}}]
              responses:
                '200': {description: The pet., content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
        components:
          securitySchemes:
            api_key: {type: apiKey, in: header, name: X-API-Key}
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                kind: {type: string, enum: [dog, cat]}
                tags: {type: array, items: {type: string}}
                born: {type: [string, 'null'], format: date}
        """;

    private const string Program = """
        using System;
        using System.Linq;
        using System.Text.Json;
        using Petstore;

        var pet = JsonSerializer.Deserialize("{\"name\":\"Rex\",\"kind\":\"hamster\",\"born\":null,\"extra\":1}", PetstoreClientJsonContext.Default.Pet)!;
        Console.WriteLine($"{pet.Name} {pet.Kind} known={pet.Kind?.IsKnown}");
        Console.WriteLine(JsonSerializer.Serialize(pet, PetstoreClientJsonContext.Default.Pet));
        var created = new Pet { Name = "Max", Kind = PetKind.Cat, Tags = new() { "calm" } };
        Console.WriteLine(JsonSerializer.Serialize(created, PetstoreClientJsonContext.Default.Pet));

        // The generated client, through an in-memory handler: no network in this test.
        var client = new PetstoreClient(new System.Net.Http.HttpClient(new CannedHandler()), new PetstoreClientOptions { ApiKey = "k" });
        var fetched = await client.GetPetAsync("p 1");
        Console.WriteLine($"client: {fetched.Name}");

        sealed class CannedHandler : System.Net.Http.HttpMessageHandler
        {
            protected override System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
            {
                var ok = request.RequestUri!.AbsoluteUri == "https://petstore.example/v1/pets/p%201" && request.Headers.GetValues("X-API-Key").Single() == "k";
                return System.Threading.Tasks.Task.FromResult(new System.Net.Http.HttpResponseMessage(ok ? System.Net.HttpStatusCode.OK : System.Net.HttpStatusCode.BadRequest)
                {
                    Content = new System.Net.Http.StringContent("{\"name\":\"Fetched\"}", System.Text.Encoding.UTF8, "application/json"),
                });
            }
        }
        """;

    [Fact]
    public void PackedPackageGeneratesAotSafeCodeInAFreshConsumer()
    {
        var work = Directory.CreateTempSubdirectory("openapicodegen-package-").FullName;
        try
        {
            var feed = Path.Combine(work, "feed");
            var version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
            var generatorProject = Path.Combine(RepositoryPaths.Root, "generator", "OpenApiCodegen", "OpenApiCodegen.csproj");
            var pack = ProcessRunner.Run("dotnet", $"pack \"{generatorProject}\" -c Debug --no-build -o \"{feed}\" -p:Version={version}", RepositoryPaths.Root, TimeSpan.FromMinutes(3));
            Assert.True(pack.ExitCode == 0, pack.Output);

            var package = Path.Combine(feed, $"OpenApiCodegen.{version}.nupkg");
            using (var archive = System.IO.Compression.ZipFile.OpenRead(package))
            {
                var entries = archive.Entries.Select(e => e.FullName).ToList();
                Assert.Contains("analyzers/dotnet/cs/OpenApiCodegen.dll", entries);
                Assert.Contains("analyzers/dotnet/cs/Microsoft.OpenApi.dll", entries);
                Assert.Contains("analyzers/dotnet/cs/Microsoft.OpenApi.YamlReader.dll", entries);
                Assert.Contains("analyzers/dotnet/cs/SharpYaml.dll", entries);
                Assert.Contains("analyzers/dotnet/cs/System.Text.Json.dll", entries); // for .NET Framework hosts (Visual Studio)
                Assert.Contains("build/OpenApiCodegen.props", entries);
                Assert.Contains("build/OpenApiCodegen.targets", entries);
                Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
                if (ReadyToRunPackage.Expected)
                {
                    ReadyToRunPackage.AssertImages(archive);
                }
                else
                {
                    Assert.DoesNotContain(entries, e => e.StartsWith("readytorun/", StringComparison.Ordinal));
                }
            }

            // The test's package (a new version each run) is restored into a folder of its own, deleted afterwards, rather
            // than into the user's NuGet cache; everything else still comes from that cache, as a fallback folder.
            var packages = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work, "packages") };
            var userCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var fallback = $" -p:RestoreAdditionalProjectFallbackFolders=\"{userCache}\"";

            var consumer = Path.Combine(work, "consumer");
            Directory.CreateDirectory(consumer);
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <IsAotCompatible>true</IsAotCompatible>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="OpenApiCodegen" Version="{version}" PrivateAssets="all" />
                    <OpenApiSpec Include="petstore.yaml" Namespace="Petstore" ClientName="PetstoreClient" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(consumer, "petstore.yaml"), Spec);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program);

            var run = ProcessRunner.Run("dotnet", "run" + fallback, consumer, TimeSpan.FromMinutes(5), packages);
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("Rex hamster known=False", run.Output);
            Assert.Contains("""{"name":"Rex","kind":"hamster","born":null,"extra":1}""", run.Output);
            Assert.Contains("""{"name":"Max","kind":"cat","tags":["calm"]}""", run.Output);
            Assert.Contains("client: Fetched", run.Output);

            // Which copy of the generator that run's compiler was handed, and the opt-out.
            var expected = ReadyToRunPackage.Expected ? ReadyToRunPackage.Folder : ReadyToRunPackage.ILFolder;
            Assert.EndsWith($"/{version}/{expected}OpenApiCodegen.dll", ReadyToRunPackage.ResolvedGenerator(consumer, fallback, packages));
            // The opt-out, and an SDK whose compiler runs on another .NET version or another platform: the IL copies.
            foreach (var other in new[] { "-p:OpenApiCodegenReadyToRun=false", "-p:BundledNETCoreAppPackageVersion=99.0.0", "-p:NETCoreSdkRuntimeIdentifier=win-x64" })
            {
                Assert.EndsWith($"/{version}/{ReadyToRunPackage.ILFolder}OpenApiCodegen.dll", ReadyToRunPackage.ResolvedGenerator(consumer, $"{fallback} {other}", packages));
            }

            // The oldest target the README promises, built only: the test machine need not have a .NET 8 runtime.
            var consumer8 = Path.Combine(work, "consumer-net8");
            Directory.CreateDirectory(consumer8);
            foreach (var file in new[] { "nuget.config", "petstore.yaml", "Program.cs" })
            {
                File.Copy(Path.Combine(consumer, file), Path.Combine(consumer8, file));
            }

            File.WriteAllText(Path.Combine(consumer8, "Consumer.csproj"), File.ReadAllText(Path.Combine(consumer, "Consumer.csproj")).Replace("net10.0", "net8.0"));
            var net8 = ProcessRunner.Run("dotnet", "build" + fallback, consumer8, TimeSpan.FromMinutes(5), packages);
            Assert.True(net8.ExitCode == 0, net8.Output);

            // Below .NET 8 the generated code cannot compile: the build fails with one error that says so, not thousands.
            var consumerStandard = Path.Combine(work, "consumer-netstandard");
            Directory.CreateDirectory(consumerStandard);
            foreach (var file in new[] { "nuget.config", "petstore.yaml" })
            {
                File.Copy(Path.Combine(consumer, file), Path.Combine(consumerStandard, file));
            }

            File.WriteAllText(Path.Combine(consumerStandard, "Consumer.csproj"), File.ReadAllText(Path.Combine(consumer, "Consumer.csproj"))
                .Replace("<OutputType>Exe</OutputType>", string.Empty).Replace("net10.0", "netstandard2.0").Replace("<IsAotCompatible>true</IsAotCompatible>", "<LangVersion>latest</LangVersion>"));
            var standard = ProcessRunner.Run("dotnet", "build" + fallback, consumerStandard, TimeSpan.FromMinutes(5), packages);
            Assert.NotEqual(0, standard.ExitCode);
            var errors = System.Text.RegularExpressions.Regex.Matches(standard.Output, @"error (\w+\d+):").Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.True(errors.SequenceEqual(["OAC013"]), standard.Output);
            Assert.Contains(".NET 8 or later", standard.Output);

            // A broken spec fails the build with an error on the spec's own line and column.
            File.WriteAllText(Path.Combine(consumer, "petstore.yaml"), Spec.Replace("properties:\n", "properties: [\n"));
            var broken = ProcessRunner.Run("dotnet", "build" + fallback, consumer, TimeSpan.FromMinutes(5), packages);
            Assert.NotEqual(0, broken.ExitCode);
            Assert.Matches(@"petstore\.yaml\(\d+,\d+\): error OAC001", broken.Output);

            Assert.False(Directory.Exists(Path.Combine(userCache, "openapicodegen", version)), "the test package leaked into the user's NuGet cache");
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
