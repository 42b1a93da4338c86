using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Spec;

namespace OpenApiCodegen.ContractTesting.Recordings;

/// <summary>
/// The recordings of a folder laid out as <c>&lt;operationId&gt;/*.json</c>. Files that cannot be used become
/// findings (CT401, CT402) and the rest load anyway, so one broken file never hides the others.
/// </summary>
public sealed class RecordingSet
{
    private RecordingSet(string root, IReadOnlyList<Recording> recordings, IReadOnlyList<Finding> problems)
    {
        Root = root;
        Recordings = recordings;
        Problems = problems;
    }

    public string Root { get; }

    /// <summary>Usable recordings, ordered by operation and file name.</summary>
    public IReadOnlyList<Recording> Recordings { get; }

    /// <summary>Files that could not be used, as findings.</summary>
    public IReadOnlyList<Finding> Problems { get; }

    public static RecordingSet Load(string root, SpecDocument spec)
    {
        if (File.Exists(root))
        {
            // Passing one recording is an easy slip; "does not exist" would send the user looking for a missing folder.
            throw new DirectoryNotFoundException($"{root} is a file; expected a folder of recordings laid out as <operationId>/*.json");
        }

        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"recordings folder '{root}' does not exist");
        }

        var recordings = new List<Recording>();
        var problems = new List<Finding>();
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var parts = relative.Split('/');
            var operationId = parts.Length == 2 ? parts[0] : "";
            if (parts.Length != 2)
            {
                problems.Add(Finding.Of(Rules.RecordingOperationMismatch, "", relative, "",
                    "a recording must be in a folder named after its operationId: <recordings>/<operationId>/<name>.json"));
                continue;
            }

            if (!spec.Operations.TryGetValue(operationId, out var operation))
            {
                problems.Add(Finding.Of(Rules.RecordingOperationMismatch, operationId, relative, "",
                    $"folder '{operationId}' is not an operationId of {Path.GetFileName(spec.FilePath)}"));
                continue;
            }

            try
            {
                var (title, request, response) = MappingReader.Read(File.ReadAllText(file));
                if (operation.Path.Match(request.Path) is null)
                {
                    problems.Add(Finding.Of(Rules.RecordingOperationMismatch, operationId, relative, "request:path",
                        $"the recorded path does not fit {operation.Method} {operation.Path}", operation.Path.Template, request.Path));
                    continue;
                }

                recordings.Add(new Recording(file, relative, operationId, title, request, response));
            }
            catch (RecordingFormatException e)
            {
                problems.Add(Finding.Of(Rules.RecordingMalformed, operationId, relative, e.Pointer ?? "", e.Describe(relative)) with { Line = e.Location?.Line, Column = e.Location?.Column });
            }
            catch (IOException e)
            {
                problems.Add(Finding.Of(Rules.RecordingMalformed, operationId, relative, "", $"{relative}: cannot be read: {e.Message}"));
            }
        }

        return new RecordingSet(root, recordings, problems);
    }
}
