using System.Reflection;
using System.Text.Json.Nodes;

namespace OpenApiCodegen.Cli.Fuzzing;

/// <summary>
/// Makes fuzz cases: a seed spec (one of ours, or any folder of specs), one to three mutations, and the text
/// written as YAML or JSON, its docs sometimes rewritten into odd YAML forms (<see cref="DocForms"/>), sometimes cut short. Everything follows from (seed, index), so any case can be made again.
/// </summary>
public sealed class FuzzCases
{
    private readonly IReadOnlyList<(string Name, string Text)> _seeds;

    public FuzzCases(IReadOnlyList<(string Name, string Text)> seeds)
    {
        if (seeds.Count == 0)
        {
            throw new ArgumentException("at least one seed spec is needed", nameof(seeds));
        }

        _seeds = seeds;
    }

    /// <summary>The seed specs that ship with the tool (Fuzzing/Seeds): models, a client, OpenAPI 3.1 and Swagger 2.0.</summary>
    public static IReadOnlyList<(string Name, string Text)> BuiltInSeeds()
    {
        var assembly = typeof(FuzzCases).Assembly;
        const string prefix = "OpenApiCodegen.Cli.Fuzzing.Seeds.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name.Substring(prefix.Length), Read(assembly, name)))
            .ToList();
    }

    /// <summary>Every .yaml/.yml/.json file of a folder, as seeds.</summary>
    public static IReadOnlyList<(string Name, string Text)> SeedsFrom(string folder)
        => Directory.EnumerateFiles(folder)
            .Where(Generation.SpecFiles.IsSpecFile)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    public FuzzCase Create(int seed, int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) ^ (index * 7_919)));
        var (name, text) = _seeds[random.Next(_seeds.Count)];
        JsonNode? tree;
        try
        {
            tree = YamlTree.Read(text);
        }
        catch (Exception e) when (e is SharpYaml.YamlException or InvalidDataException)
        {
            return new FuzzCase(seed, index, name, ["none (the seed does not parse)"], text, Extension(name));
        }

        var mutator = new SpecMutator(random);
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var kind = SpecMutator.Kinds[random.Next(SpecMutator.Kinds.Length)];
            try
            {
                tree = mutator.Apply(tree, kind);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                // A mutation that meets a shape it does not expect (an earlier one turned a map into a list) is skipped,
                // and says so in the case's list of mutations.
                mutator.Skipped(kind, e.Message);
            }
        }

        var mutations = mutator.Applied.ToList();
        var asJson = random.Next(3) == 0;
        var output = asJson ? SpecText.Json(tree) : SpecText.Yaml(tree);

        // Docs rewritten in the text, with a random of their own, so the cases made before this existed stay the same otherwise.
        var docRandom = new Random(unchecked((seed * 7_919) ^ (index * 1_000_003) ^ 0x0D0C));
        if (!asJson && docRandom.Next(3) == 0)
        {
            output = DocForms.Rewrite(output, docRandom, mutations);
        }
        if (random.Next(12) == 0 && output.Length > 1)
        {
            var cut = random.Next(1, output.Length);
            output = output.Substring(0, cut);
            mutations.Add($"truncate at {cut} of {output.Length + (output.Length - cut)}");
        }

        return new FuzzCase(seed, index, name, mutations, output, asJson ? ".json" : ".yaml");
    }

    private static string Extension(string name) => name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ".json" : ".yaml";

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
