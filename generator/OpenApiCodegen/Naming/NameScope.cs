using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

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
        _taken = new HashSet<string>((reserved ?? Array.Empty<string>()).Select(Key), comparer ?? StringComparer.Ordinal);
    }

    /// <summary>Claims <paramref name="candidate"/>, or the first free "candidate2", "candidate3"...</summary>
    public string Claim(string candidate) => ClaimFamily(candidate, "{0}");

    /// <summary>
    /// Claims a name together with a companion (a type and its "JsonConverter"), so that neither
    /// collides with a name already handed out.
    /// </summary>
    public string ClaimWithCompanion(string candidate, string companionSuffix) => ClaimFamily(candidate, "{0}", "{0}" + companionSuffix);

    /// <summary>
    /// Claims every member of a family built from one stem (<c>{0}Async</c> and <c>{0}WithResponseAsync</c> for an
    /// operation; <c>Is{0}</c> and <c>TryGet{0}</c> for a union candidate), and returns the stem: the first of
    /// "stem", "stem2"... for which no member of the family is taken.
    /// </summary>
    public string ClaimFamily(string stem, params string[] patterns) => ClaimAvoiding(stem, Array.Empty<string>(), patterns);

    /// <summary>
    /// Like <see cref="ClaimFamily"/>, and the stem also avoids <paramref name="avoid"/>: names that are free in this
    /// scope but not for this claimant (a type may not be named like a member it declares).
    /// </summary>
    public string ClaimAvoiding(string stem, IReadOnlyCollection<string> avoid, params string[] patterns)
    {
        for (var suffix = 1; ; suffix++)
        {
            var candidate = suffix == 1 ? stem : stem + suffix.ToString(CultureInfo.InvariantCulture);
            var members = patterns.Select(pattern => Key(pattern.Replace("{0}", candidate))).ToList();
            if (avoid.Contains(candidate) || members.Any(_taken.Contains) || members.Distinct(_taken.Comparer).Count() != members.Count)
            {
                continue;
            }

            foreach (var member in members)
            {
                _taken.Add(member);
            }

            return candidate;
        }
    }

    public bool IsTaken(string name) => _taken.Contains(Key(name));

    /// <summary>An escaped keyword (<c>@event</c>) is the identifier <c>event</c>: both must count as one name.</summary>
    private static string Key(string name) => name.Length > 1 && name[0] == '@' ? name.Substring(1) : name;
}
