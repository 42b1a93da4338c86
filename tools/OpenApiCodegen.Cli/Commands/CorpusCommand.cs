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
        command.SetAction(parse => Run(parse.GetValue(folder)!));
        return command;
    }

    private static int Run(DirectoryInfo folder)
    {
        if (!folder.Exists)
        {
            Console.Error.WriteLine($"error: folder '{folder.FullName}' does not exist");
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

            Console.WriteLine($"{Path.GetFileName(entry.SpecPath)}: {entry.Stage}: {entry.FirstError}");
        }

        Console.WriteLine($"corpus: {total} specs, {compiled} compiled, {total - compiled} failed");
        return total == compiled ? 0 : 1;
    }
}
