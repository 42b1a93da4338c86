using Spectre.Console;

namespace OpenApiCodegen.Cli.Contract;

/// <summary>The consoles verify and record write to: colour on a terminal; in a log, long lines instead of wrapping at 80 columns.</summary>
internal static class CliConsole
{
    /// <summary>
    /// A console over one of the invocation's writers: standard output for results, standard error for errors
    /// (so that a redirected report never holds them), or a test's writer, which gets plain text.
    /// </summary>
    public static IAnsiConsole Create(TextWriter writer)
    {
        IAnsiConsole console;
        bool redirected;
        if (writer == Console.Out)
        {
            console = AnsiConsole.Console;
            redirected = Console.IsOutputRedirected;
        }
        else if (writer == Console.Error)
        {
            console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            redirected = Console.IsErrorRedirected;
        }
        else
        {
            console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
            });
            redirected = true;
        }

        if (redirected)
        {
            console.Profile.Width = 1000;
        }

        return console;
    }
}
