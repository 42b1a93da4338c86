using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Spec;
using OpenApiCodegen.ContractTesting.Verification;

namespace OneSignal.ContractTests.Tests.Infrastructure;

/// <summary>
/// A temporary recordings folder: copy committed recordings into it, change them, and replay it. Deleted
/// when disposed. The committed recordings are never modified.
/// </summary>
internal sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "contract-tests-" + Guid.NewGuid().ToString("N"));
        Recordings = Path.Combine(Root, "recordings");
        Directory.CreateDirectory(Recordings);
    }

    public string Root { get; }

    public string Recordings { get; }

    /// <summary>Copies a committed recording (such as <c>get_user/200-found.json</c>), changed by <paramref name="mutate"/>.</summary>
    public string Add(string relative, Action<JsonObject>? mutate = null, string? asName = null)
    {
        var mapping = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Recordings, relative)))!.AsObject();
        mutate?.Invoke(mapping);
        return Write(asName ?? relative, mapping.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Recordings, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Replays the folder without a baseline, so every finding shows.</summary>
    public async Task<RunResult> VerifyAsync(SpecDocument? spec = null, Baseline? baseline = null)
        => await ContractRun.VerifyAsync(
            new VerifyOptions(OneSignalProfile.Instance, Recordings, spec?.FilePath ?? Repository.Spec, null),
            spec ?? await SharedSpec.GetAsync(),
            baseline ?? Baseline.Empty,
            TestContext.Current.CancellationToken);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
