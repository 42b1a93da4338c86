using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Parse;

/// <summary>A YAML or JSON AdditionalFiles entry, with what its item metadata says about it.</summary>
internal sealed record AdditionalSpecFile(string Path, string Text, bool IsSpec, string Namespace, string ClientName, bool HasExternalReferences)
{
    public SpecSource ToSource() => new(Path, Text, Namespace, ClientName);
}

/// <summary>Reads an AdditionalFiles entry and its OpenApiSpec metadata (made visible by the package's build props).</summary>
internal static class AdditionalFileReader
{
    public static AdditionalSpecFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var extension = Extension(file.Path);
        if (extension is not (".yaml" or ".yml" or ".json"))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString();
        if (text is null)
        {
            return null;
        }

        var options = optionsProvider.GetOptions(file);
        var isSpec = options.TryGetValue("build_metadata.AdditionalFiles.OpenApiSpec", out var marker)
                     && string.Equals(marker, "true", StringComparison.OrdinalIgnoreCase);
        var baseName = Identifiers.ToPascalCase(FileNameWithoutExtension(file.Path));

        var @namespace = Metadata(options, "build_metadata.AdditionalFiles.Namespace")
                         ?? Metadata(optionsProvider.GlobalOptions, "build_property.RootNamespace")
                         ?? baseName;
        var clientName = Metadata(options, "build_metadata.AdditionalFiles.ClientName") ?? baseName + "Client";
        clientName = Identifiers.ToPascalCase(clientName) == clientName ? clientName : Identifiers.ToPascalCase(clientName);
        return new AdditionalSpecFile(file.Path, text, isSpec, @namespace, clientName, DocumentReader.HasExternalReference(text));
    }

    private static string? Metadata(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Extension(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 ? string.Empty : path.Substring(dot).ToLowerInvariant();
    }

    private static string FileNameWithoutExtension(string path)
    {
        var name = Emit.GeneratedFile.FileName(path);
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? name : name.Substring(0, dot);
    }
}
