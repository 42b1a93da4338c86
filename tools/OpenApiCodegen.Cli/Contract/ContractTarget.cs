using OneSignal.ContractTests;
using OpenApiCodegen.ContractTesting.Profiles;

namespace OpenApiCodegen.Cli.Contract;

/// <summary>
/// What verify and record run on. Without <c>--spec</c>: OneSignal, from this repository's spec, recordings and
/// baseline, through the OneSignal client compiled into this tool. With <c>--spec FILE</c>: any API, whose client is
/// generated and compiled in memory from the spec; <c>--recordings</c> is then required, and a baseline applies only
/// when one is given or a <c>drift-baseline.json</c> sits beside the recordings folder.
/// </summary>
internal sealed record ContractTarget(ContractProfile Profile, string Spec, string Recordings, string? Baseline)
{
    public const string BaselineFileName = "drift-baseline.json";

    /// <summary>Resolves the paths; compiles the spec's client only when <paramref name="spec"/> is given.</summary>
    /// <exception cref="ContractTargetException">--spec without --recordings.</exception>
    /// <exception cref="CatalogCompileException">The spec's client could not be generated or compiled.</exception>
    public static ContractTarget Resolve(string? spec, string? recordings, string? baseline, Func<string, ContractProfile>? compile = null)
    {
        if (spec is null)
        {
            return new ContractTarget(
                OneSignalProfile.Instance,
                ContractPaths.Resolve(null, ContractPaths.Spec),
                ContractPaths.Resolve(recordings, ContractPaths.Recordings),
                ContractPaths.Resolve(baseline, ContractPaths.Baseline));
        }

        if (recordings is null)
        {
            throw new ContractTargetException("--spec needs --recordings: the folder of recordings for that API (laid out as <operationId>/*.json)");
        }

        var specPath = Path.GetFullPath(spec);
        var recordingsPath = Path.GetFullPath(recordings);
        var beside = Path.Combine(Path.GetDirectoryName(recordingsPath.TrimEnd(Path.DirectorySeparatorChar)) ?? recordingsPath, BaselineFileName);
        var baselinePath = baseline is not null ? Path.GetFullPath(baseline) : File.Exists(beside) ? beside : null;
        var profile = (compile ?? (path => new ContractProfile(CatalogCompiler.Compile(path))))(specPath);
        return new ContractTarget(profile, specPath, recordingsPath, baselinePath);
    }
}

/// <summary>The command line does not say what to check.</summary>
internal sealed class ContractTargetException(string message) : Exception(message);
