using System.Text.RegularExpressions;

namespace OneSignal.Tests.Infrastructure;

/// <summary>
/// The security scheme spec/onesignal.yaml names for each operation, read from the file's text: every
/// operation there has an <c>operationId</c> followed by a <c>security</c> list with one scheme.
/// </summary>
internal static partial class SpecOperations
{
    public const string RestApiKey = "rest_api_key";
    public const string OrganizationApiKey = "organization_api_key";

    /// <summary>operationId to scheme, in the order of the spec.</summary>
    public static IReadOnlyDictionary<string, string> Schemes { get; } = Read(File.ReadAllLines(RepositoryRoot.File("spec", "onesignal.yaml")));

    internal static IReadOnlyDictionary<string, string> Read(IReadOnlyList<string> lines)
    {
        var schemes = new Dictionary<string, string>();
        string? operation = null;
        foreach (var line in lines)
        {
            if (OperationId().Match(line) is { Success: true } id)
            {
                if (operation is not null)
                {
                    throw new FormatException($"spec/onesignal.yaml: {operation} has no security requirement before the next operation.");
                }

                operation = id.Groups[1].Value;
            }
            else if (operation is not null && SecurityRequirement().Match(line) is { Success: true } scheme)
            {
                schemes.Add(operation, scheme.Groups[1].Value);
                operation = null;
            }
        }

        if (operation is not null)
        {
            throw new FormatException($"spec/onesignal.yaml: {operation} has no security requirement.");
        }

        return schemes;
    }

    [GeneratedRegex(@"^\s+operationId:\s*([a-z_]+)\s*$")]
    private static partial Regex OperationId();

    [GeneratedRegex(@"^\s+-\s*([a-z_]+):\s*\[\]\s*$")]
    private static partial Regex SecurityRequirement();
}
