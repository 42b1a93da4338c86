using OneSignal.ContractTests;
using OpenApiCodegen.ContractTesting.Profiles;

namespace OpenApiCodegen.Cli.Contract;

/// <summary>
/// What verify and record run on. Without <c>--spec</c>: OneSignal, from this repository's spec and recordings (or
/// the given folder), through the OneSignal client compiled into this tool. With <c>--spec FILE</c>: any API, whose
/// client is generated and compiled in memory from the spec; <c>--recordings</c> is then required. Either way a
/// baseline applies only when one is given or a <c>drift-baseline.json</c> sits beside the recordings folder, so a
/// folder of other traffic is not judged by (and does not report on) a baseline that was not written for it.
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
            var oneSignalRecordings = ContractPaths.Resolve(recordings, ContractPaths.Recordings);
            return new ContractTarget(OneSignalProfile.Instance, ContractPaths.Resolve(null, ContractPaths.Spec), oneSignalRecordings, BaselineFor(baseline, oneSignalRecordings));
        }

        if (recordings is null)
        {
            throw new ContractTargetException("--spec needs --recordings: the folder of recordings for that API (laid out as <operationId>/*.json)");
        }

        var specPath = Path.GetFullPath(spec);
        var recordingsPath = Path.GetFullPath(recordings);
        var profile = (compile ?? (path => new ContractProfile(CatalogCompiler.Compile(path))))(specPath);
        return new ContractTarget(profile, specPath, recordingsPath, BaselineFor(baseline, recordingsPath));
    }

    /// <summary>Where <c>--update-baseline</c> writes when no baseline is given: beside the recordings folder.</summary>
    public static string BesideRecordings(string recordings)
        => Path.Combine(Path.GetDirectoryName(recordings.TrimEnd(Path.DirectorySeparatorChar)) ?? recordings, BaselineFileName);

    private static string? BaselineFor(string? given, string recordings)
        => given is not null ? Path.GetFullPath(given) : File.Exists(BesideRecordings(recordings)) ? BesideRecordings(recordings) : null;
}

/// <summary>The command line does not say what to check.</summary>
internal sealed class ContractTargetException(string message) : Exception(message);
