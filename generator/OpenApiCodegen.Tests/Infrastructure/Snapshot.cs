using System.Runtime.CompilerServices;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace OpenApiCodegen.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's file convention: <c>Snapshots/Class.Method.verified.ext</c>
/// is the accepted output; a mismatch writes <c>.received.ext</c> beside it and fails with a diff.
/// Accept a change by renaming received to verified (or run with ACCEPT_SNAPSHOTS=1).
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string extension = "cs", string? suffix = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string method = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var name = Path.GetFileNameWithoutExtension(callerFile) + "." + method + (suffix is null ? string.Empty : "_" + suffix);
        var verified = Path.Combine(directory, name + ".verified." + extension);
        var received = Path.Combine(directory, name + ".received." + extension);
        actual = actual.Replace("\r\n", "\n");

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No accepted snapshot {verified}; the output is in {received}."
            : $"Snapshot {verified} differs; the output is in {received}:\n{Diff(expected, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var lines = diff.Lines
            .Select((line, index) => (line, index))
            .Where(x => x.line.Type != ChangeType.Unchanged)
            .Take(40)
            .Select(x => $"{(x.line.Type == ChangeType.Inserted ? "+" : "-")} {x.index + 1,5}: {x.line.Text}");
        return string.Join("\n", lines);
    }
}
