using OpenApiCodegen.ContractTesting.Verification;
using Spectre.Console;

namespace OpenApiCodegen.Cli.Contract;

/// <summary>How verify and record show a long run: a progress bar on a terminal, and otherwise what the command asks for.</summary>
internal static class ProgressDisplay
{
    /// <summary>
    /// Runs <paramref name="run"/> under a progress bar titled <paramref name="title"/> on a terminal; when the output is
    /// redirected (CI logs), it gets <paramref name="whenRedirected"/> instead (plain lines, or null for silence).
    /// </summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, string title, IProgress<CaseProgress>? whenRedirected, Func<IProgress<CaseProgress>?, Task<T>> run)
    {
        if (!console.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            return await run(whenRedirected);
        }

        var result = default(T);
        await console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(title);
            result = await run(new ImmediateProgress<CaseProgress>(p =>
            {
                task.MaxValue = p.Total;
                task.Value = p.Done;
                task.Description = Markup.Escape(p.Current);
            }));
        });
        return result!;
    }
}
