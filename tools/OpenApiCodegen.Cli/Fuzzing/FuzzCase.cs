namespace OpenApiCodegen.Cli.Fuzzing;

/// <summary>
/// One generated spec: which seed spec it started from, the mutations applied (in order), and the text.
/// (<see cref="Seed"/>, <see cref="Index"/>) regenerates it exactly.
/// </summary>
public sealed record FuzzCase(int Seed, int Index, string SeedSpec, IReadOnlyList<string> Mutations, string Text, string Extension)
{
    public string Name => $"seed{Seed}-case{Index}";

    /// <summary>The case as a file: a comment saying how to regenerate it, then the spec.</summary>
    public string ToFileText(string? finding)
    {
        var header = $"# fuzz --seed {Seed}: case {Index}, from {SeedSpec}, mutations: {string.Join(", ", Mutations)}\n";
        if (finding is not null)
        {
            header += "# finding: " + finding.ReplaceLineEndings(" ") + "\n";
        }

        // A JSON case keeps its comment-free text (JSON has no comments); the header goes in a sibling .txt instead.
        return Extension == ".json" ? Text : header + Text;
    }
}
