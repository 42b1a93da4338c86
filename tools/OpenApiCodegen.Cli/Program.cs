using System.CommandLine;
using OpenApiCodegen.Cli.Commands;

var root = new RootCommand("OpenApiCodegen: generate, check and compare OpenAPI clients.")
{
    GenerateCommand.Create(),
    CorpusCommand.Create(),
    ParityCommand.Create(),
    DiffCommand.Create(),
    VerifyCommand.Create(),
    RecordCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
