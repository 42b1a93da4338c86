using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenApiCodegen.Naming;

/// <summary>
/// Hands out unique C# names within one scope (a namespace's types, a class's members).
/// The first claimant of a name keeps it; later ones get a numeric suffix. Because callers
/// claim names in a fixed order (the spec's order), the result is deterministic.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    public NameScope(IEnumerable<string>? reserved = null, StringComparer? comparer = null)
    {
        _taken = new HashSet<string>(reserved ?? Array.Empty<string>(), comparer ?? StringComparer.Ordinal);
    }

    /// <summary>Claims <paramref name="candidate"/>, or the first free "candidate2", "candidate3"...</summary>
    public string Claim(string candidate)
    {
        if (_taken.Add(candidate))
        {
            return candidate;
        }

        for (var suffix = 2; ; suffix++)
        {
            var name = candidate + suffix.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(name))
            {
                return name;
            }
        }
    }

    /// <summary>
    /// Claims a name together with a companion (a type and its "JsonConverter"), so that neither
    /// collides with a name already handed out.
    /// </summary>
    public string ClaimWithCompanion(string candidate, string companionSuffix)
    {
        for (var suffix = 1; ; suffix++)
        {
            var name = suffix == 1 ? candidate : candidate + suffix.ToString(CultureInfo.InvariantCulture);
            if (!_taken.Contains(name) && !_taken.Contains(name + companionSuffix))
            {
                _taken.Add(name);
                _taken.Add(name + companionSuffix);
                return name;
            }
        }
    }

    public bool IsTaken(string name) => _taken.Contains(name);
}
