using Microsoft.CodeAnalysis;

namespace OpenApiCodegen.Cli.Generation;

/// <summary>Diagnostics printed as a compiler prints them: <c>path(line,col): error ID: message</c>.</summary>
public static class DiagnosticText
{
    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = span.Path is { Length: > 0 } path
            ? $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): "
            : string.Empty;
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        return $"{where}{severity} {diagnostic.Id}: {diagnostic.GetMessage()}";
    }
}
