using OpenApiCodegen.Cli.Commands;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Live;
using OpenApiCodegen.ContractTesting.Spec;
using Spectre.Console;

namespace OpenApiCodegen.Cli.Contract;

/// <summary>
/// The errors verify, record and import share before any work is done: a spec that cannot be read, a client that
/// cannot be generated from it, a baseline, folder or environment that is not usable, a command line that says too
/// little. Each is one error line (plus the generator's diagnostics) and exit code 2.
/// </summary>
internal static class ContractErrors
{
    public const int ExitCode = 2;

    public static bool IsUsageError(Exception e)
        => e is SpecLoadException or CatalogCompileException or BaselineException or DirectoryNotFoundException or LiveConfigurationException or ContractTargetException;

    /// <summary>Writes <paramref name="e"/> (one that <see cref="IsUsageError"/> accepts) and returns the exit code.</summary>
    public static int Write(IAnsiConsole errors, Exception e, string specPath)
    {
        var message = e is SpecLoadException ? SpecLoadMessage.Explain(specPath, e.Message) : e.Message;
        errors.MarkupLineInterpolated($"[red]error:[/] {message}");
        if (e is CatalogCompileException compile)
        {
            foreach (var line in compile.Diagnostics)
            {
                errors.WriteLine(line);
            }
        }

        return ExitCode;
    }
}
