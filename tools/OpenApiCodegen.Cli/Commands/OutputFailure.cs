namespace OpenApiCodegen.Cli.Commands;

/// <summary>
/// A command's output (generated files, a report, a baseline) that the file system refuses to take. A bad
/// <c>--out</c> is the user's mistake, not a bug, so every command says so in one line, <c>error: cannot write
/// &lt;path&gt;: &lt;reason&gt;</c>, and exits with <see cref="ExitCode"/> instead of showing a stack trace.
/// </summary>
internal static class OutputFailure
{
    /// <summary>The exit code every command already uses for a usage or input problem.</summary>
    public const int ExitCode = 2;

    /// <summary>Whether <paramref name="exception"/> is the file system refusing a write rather than a bug.</summary>
    public static bool IsWriteFailure(Exception exception) => exception is IOException or UnauthorizedAccessException;

    /// <summary>The line for a folder that could not be created or written into.</summary>
    public static string ForFolder(string folder, Exception exception)
        => Line(folder, FileInTheWay(Path.GetFullPath(folder)), exception);

    /// <summary>The line for a file that could not be written.</summary>
    public static string ForFile(string file, Exception exception)
        => Line(file, Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder ? FileInTheWay(folder) : null, exception);

    private static string Line(string path, string? fileInTheWay, Exception exception)
    {
        // .NET's "Could not find a part of the path" or "The file ... already exists" hide the usual cause:
        // a file where a folder has to be.
        var reason = fileInTheWay is null ? exception.Message
            : fileInTheWay == Path.GetFullPath(path) ? "it is a file, not a folder"
            : $"{fileInTheWay} is a file, not a folder";
        return $"error: cannot write {path}: {reason}";
    }

    /// <summary>The first of <paramref name="folder"/> and its parents that exists as a file, if any.</summary>
    private static string? FileInTheWay(string folder)
    {
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
            {
                return current;
            }
        }

        return null;
    }
}
