using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using OpenApiCodegen.Diagnostics;

namespace OpenApiCodegen.Parse;

/// <summary>
/// Bounds how deep the mapper's walks over a spec nest: through $refs, allOf parts, items, union candidates
/// and base types. A spec controls that depth, and a stack overflow in a generator kills the compiler with
/// no chance to catch it; so past <see cref="MaxDepth"/> a walk stops (the caller degrades to raw JSON, with
/// OAC011), and before every step the stack itself is checked.
/// </summary>
internal sealed class WalkGuard
{
    /// <summary>Far deeper than real specs nest (tens of levels), far shallower than a thread's stack allows.</summary>
    public const int MaxDepth = 64;

    private readonly MapperDiagnostics _diagnostics;
    private readonly HashSet<string> _reported = new();
    private int _depth;

    public WalkGuard(MapperDiagnostics diagnostics) => _diagnostics = diagnostics;

    /// <summary>Steps one level deeper, or reports (once per place) that the walk stops here.</summary>
    public bool TryEnter(string pointer, string what)
    {
        if (_depth >= MaxDepth)
        {
            if (_reported.Add(pointer))
            {
                _diagnostics.Report(DiagnosticDescriptors.SchemaTooDeep, pointer, MaxDepth.ToString(CultureInfo.InvariantCulture), what);
            }

            return false;
        }

        // Throws InsufficientExecutionStackException (which the parse stage reports) long before the stack runs out.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        _depth++;
        return true;
    }

    public void Exit() => _depth--;
}
