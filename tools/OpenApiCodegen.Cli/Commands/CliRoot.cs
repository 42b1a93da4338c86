using System.CommandLine;

namespace OpenApiCodegen.Cli.Commands;

/// <summary>Every command under one root: what the program runs, and what tests invoke in-process.</summary>
internal static class CliRoot
{
    public static RootCommand Create() => new("OpenApiCodegen: generate, check and compare OpenAPI clients.")
    {
        GenerateCommand.Create(),
        CorpusCommand.Create(),
        FuzzCommand.Create(),
        ParityCommand.Create(),
        DiffCommand.Create(),
        VerifyCommand.Create(),
        RecordCommand.Create(),
        ImportCommand.Create(),
    };
}
