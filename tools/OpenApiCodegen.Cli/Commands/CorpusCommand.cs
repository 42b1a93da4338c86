using System.CommandLine;
using OpenApiCodegen.Cli.Generation;

namespace OpenApiCodegen.Cli.Commands;

/// <summary><c>corpus &lt;folder&gt;</c>: generates and compiles every spec in a folder, in-process.</summary>
internal static class CorpusCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "A folder of .json/.yaml/.yml OpenAPI documents." };
        var command = new Command("corpus", "Run the generator and the C# compiler over every spec in a folder.") { folder };
        // The invocation's writers (the console unless a caller redirects them) keep the command testable.
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(DirectoryInfo folder, TextWriter console, TextWriter errors)
    {
        if (File.Exists(folder.FullName))
        {
            // Passing one spec is an easy slip; "does not exist" would send the user looking for a missing folder.
            errors.WriteLine($"error: {folder.FullName} is a file; expected a folder of OpenAPI documents (.json/.yaml/.yml)");
            return 2;
        }

        if (!folder.Exists)
        {
            errors.WriteLine($"error: folder '{folder.FullName}' does not exist");
            return 2;
        }

        int total = 0, compiled = 0;
        foreach (var entry in CorpusRunner.Run(folder.FullName))
        {
            total++;
            if (entry.Compiled)
            {
                compiled++;
                continue;
            }

            console.WriteLine($"{Path.GetFileName(entry.SpecPath)}: {entry.Stage}: {entry.FirstError}");
        }

        console.WriteLine($"corpus: {total} specs, {compiled} compiled, {total - compiled} failed");
        return total == compiled ? 0 : 1;
    }
}
