using System.Text.RegularExpressions;
using OpenApiCodegen.Tests.Client;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>
/// The README's quick start, run as written: its shell block (pack into a local feed, new console app, add the
/// package), its spec, its project snippet and its Program.cs, then <c>dotnet run</c> against a local server. After
/// packing, the home directory is a scratch folder, so the app and NuGet's package cache (where the package lands) are
/// thrown away afterwards instead of piling up in the real one.
/// </summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void TheQuickStartWorksAsWritten()
    {
        var section = QuickStart();
        var shell = Block(section, "bash");
        var spec = Block(section, "yaml");
        var project = Block(section, "xml");
        var program = Block(section, "csharp");

        var home = Directory.CreateTempSubdirectory("openapicodegen-readme-").FullName;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["HOME"] = home,
                ["DOTNET_CLI_HOME"] = home,
                ["NUGET_PACKAGES"] = Path.Combine(home, ".nuget", "packages"),
                ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
                ["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "true",
            };
            // The block runs as written, but from its second line on with the scratch home: packing (the first line)
            // restores the repository's generator project, which must keep pointing at the real package cache.
            var lines = shell.TrimEnd().Split('\n');
            Assert.StartsWith("bash tools/pack-local.sh", lines[0]);
            var exports = string.Join(" ", environment.Select(pair => $"{pair.Key}='{pair.Value}'"));
            var script = Path.Combine(home, "quick-start.sh");
            File.WriteAllText(script, "set -euo pipefail\n" + lines[0] + "\nexport " + exports + "\n" + string.Join("\n", lines.Skip(1)) + "\n");
            var setup = ProcessRunner.Run("bash", $"\"{script}\"", RepositoryPaths.Root, TimeSpan.FromMinutes(8));
            Assert.True(setup.ExitCode == 0, setup.Output);

            var app = Path.Combine(home, "PetApp");
            using var api = new MockApi();
            api.Json("GET", "/pets/42", 200, """{"name":"Rex","status":"available"}""");
            File.WriteAllText(Path.Combine(app, "petstore.yaml"), spec.Replace("https://petstore.example/v1", api.Url));
            var projectFile = Path.Combine(app, "PetApp.csproj");
            File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("</Project>", project + "\n</Project>"));
            File.WriteAllText(Path.Combine(app, "Program.cs"), program);

            var run = ProcessRunner.Run("dotnet", "run", app, TimeSpan.FromMinutes(5), environment);
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("Rex is available", run.Output);
        }
        finally
        {
            try
            {
                Directory.Delete(home, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static string QuickStart()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var match = Regex.Match(readme, @"^## Quick start.*?(?=^## )", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(match.Success, "README.md has no '## Quick start' section");
        return match.Value;
    }

    private static string Block(string section, string language)
    {
        var blocks = Regex.Matches(section, "^```" + language + "\\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(blocks.Count == 1, $"the quick start should have one {language} block, it has {blocks.Count}");
        return blocks[0].Groups[1].Value;
    }
}
