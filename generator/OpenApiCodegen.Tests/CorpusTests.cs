using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>Every published OneSignal spec version generates and compiles, with no generator exception or error.</summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Versions()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(RepositoryPaths.SharedSpecVersions))
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SharedSpecVersions).Where(SpecFiles.IsSpecFile).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }
        else
        {
            data.Add("(absent)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void PublishedVersionGeneratesAndCompiles(string fileName)
    {
        if (fileName == "(absent)")
        {
            Assert.Skip($"The OneSignal spec corpus is not present at {RepositoryPaths.SharedSpecVersions}.");
        }

        var entry = CorpusRunner.RunOne(Path.Combine(RepositoryPaths.SharedSpecVersions, fileName));
        Assert.True(entry.Compiled, $"{fileName} failed at {entry.Stage}: {entry.FirstError}");
        Assert.True(entry.GeneratedFiles > 20, $"{fileName} generated only {entry.GeneratedFiles} files");
    }
}
