using Spectre.Console;

namespace OpenApiCodegen.Cli.Contract;

/// <summary>The console verify and record write to: colour on a terminal; in a log, long lines instead of wrapping at 80 columns.</summary>
internal static class CliConsole
{
    public static IAnsiConsole Create()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 1000;
        }

        return console;
    }
}
