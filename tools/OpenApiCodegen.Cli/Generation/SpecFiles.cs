using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Cli.Generation;

/// <summary>Loads spec files from disk as the items a project would declare.</summary>
public static class SpecFiles
{
    public static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public static bool IsSpecFile(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>The spec as an OpenApiSpec item; namespace and client name default from the file name.</summary>
    public static SpecItem Load(string path, string? @namespace = null, string? clientName = null)
    {
        var fullPath = Path.GetFullPath(path);
        var (defaultNamespace, defaultClient) = DefaultNames(fullPath);
        return new SpecItem(fullPath, File.ReadAllText(fullPath), @namespace ?? defaultNamespace, clientName ?? defaultClient);
    }

    /// <summary>The namespace and client name a project gets when it sets neither: both from the file name.</summary>
    public static (string Namespace, string ClientName) DefaultNames(string path)
    {
        var baseName = Identifiers.ToPascalCase(Path.GetFileNameWithoutExtension(path));
        return (baseName, baseName + "Client");
    }

    /// <summary>The other YAML/JSON files beside a spec, so that its external $refs resolve as they would in a project.</summary>
    public static IEnumerable<SpecItem> Neighbours(string specPath)
    {
        var fullPath = Path.GetFullPath(specPath);
        var directory = Path.GetDirectoryName(fullPath)!;
        return Directory.EnumerateFiles(directory)
            .Where(file => IsSpecFile(file) && !string.Equals(Path.GetFullPath(file), fullPath, StringComparison.Ordinal))
            .Select(file => new SpecItem(Path.GetFullPath(file), File.ReadAllText(file), null, null, IsSpec: false));
    }
}
