using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Diagnostics;

/// <summary>
/// A diagnostic as a plain value, so it can travel through the incremental pipeline and be
/// compared; it becomes a Roslyn <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, SpecLocation Location)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SpecLocation location, params string[] arguments)
        => new(descriptor.Id, arguments.ToEquatableArray(), location);

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        var location = Microsoft.CodeAnalysis.Location.Create(
            Location.FilePath,
            new TextSpan(Location.Start, Location.Length),
            new LinePositionSpan(
                new LinePosition(Location.StartLine, Location.StartColumn),
                new LinePosition(Location.EndLine, Location.EndColumn)));
        return Diagnostic.Create(descriptor, location, Arguments.Cast<object>().ToArray());
    }
}

/// <summary>A place in a spec file: its path, the character span, and zero-based lines and columns.</summary>
internal sealed record SpecLocation(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static SpecLocation StartOf(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);

    public override string ToString() => $"{FilePath}({StartLine + 1},{StartColumn + 1})";
}
