using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using OpenApiCodegen.Diagnostics;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>The catalogue, the release-tracking file and the README's table list the same diagnostics.</summary>
public sealed class DiagnosticCatalogueTests
{
    private static IReadOnlyList<DiagnosticDescriptor> Descriptors()
        => typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void EveryIdIsFoundByItsOwnDescriptor()
    {
        foreach (var descriptor in Descriptors())
        {
            Assert.Same(descriptor, DiagnosticDescriptors.ById(descriptor.Id));
        }
    }

    [Fact]
    public void TheReadmeTableListsEveryDiagnosticWithItsSeverity()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var rows = Regex.Matches(readme, @"^\| (OAC\d{3}) \| (\w+) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))
            .ToList();
        Assert.Equal(Descriptors().Select(d => (d.Id, d.DefaultSeverity.ToString().ToLowerInvariant())), rows);
    }

    [Fact]
    public void TheReleaseTrackingFilesListEveryDiagnostic()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "generator", "OpenApiCodegen");
        var tracked = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        var ids = Regex.Matches(tracked, @"^(OAC\d{3}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        Assert.Equal(Descriptors().Select(d => d.Id), ids);
    }
}
