using System.CommandLine;
using OpenApiCodegen.Cli.Parity;
using OpenApiCodegen.SpecDiff.Loading;

namespace OpenApiCodegen.Cli.Commands;

/// <summary>
/// <c>parity &lt;ours&gt; &lt;theirs&gt;</c>: lists how our spec differs from the published one and fails when a
/// difference is not listed as deliberate in the README beside our spec.
/// </summary>
internal static class ParityCommand
{
    public static Command Create()
    {
        var ours = new Argument<FileInfo>("ours") { Description = "Our OpenAPI document (spec/onesignal.yaml)." };
        var theirs = new Argument<FileInfo>("theirs") { Description = "The published OpenAPI document to compare with." };
        var deliberate = new Option<FileInfo?>("--deliberate")
        {
            Description = "Markdown file whose 'Deliberate differences' section lists the expected differences (default: README.md beside <ours>).",
        };

        var command = new Command("parity", "Compare operations, parameters and body properties of two specs; fail on differences not listed as deliberate.")
        {
            ours, theirs, deliberate,
        };
        // The invocation's writers (the console unless a caller redirects them) keep the command testable.
        command.SetAction(parse => Run(
            parse.GetValue(ours)!, parse.GetValue(theirs)!, parse.GetValue(deliberate), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo ours, FileInfo theirs, FileInfo? deliberate, TextWriter console, TextWriter errors)
    {
        foreach (var file in new[] { ours, theirs })
        {
            if (!file.Exists)
            {
                errors.WriteLine($"error: spec '{file.FullName}' does not exist");
                return 2;
            }
        }

        var readme = deliberate?.FullName ?? Path.Combine(ours.DirectoryName!, "README.md");
        if (!File.Exists(readme))
        {
            errors.WriteLine($"note: '{readme}' does not exist; no difference counts as deliberate");
        }

        ParityReport report;
        try
        {
            report = ParityReport.Run(ours.FullName, theirs.FullName, readme);
        }
        catch (SpecLoadException exception)
        {
            // A document that cannot be read has no operations to compare; say why instead of listing everything as missing.
            errors.WriteLine($"error: {exception.Message}");
            return 2;
        }

        foreach (var (difference, pattern) in report.Entries)
        {
            // The line itself comes first so that it can be copied into the README as a pattern.
            console.WriteLine(pattern is null ? difference.Line : $"{difference.Line}  (deliberate)");
        }

        foreach (var pattern in report.UnusedPatterns)
        {
            errors.WriteLine($"note: deliberate pattern matches no difference (stale?): {pattern}");
        }

        console.WriteLine(report.Summary);
        return report.HasUnexpected ? 1 : 0;
    }
}
