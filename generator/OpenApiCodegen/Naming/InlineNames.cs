using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenApiCodegen.Naming;

/// <summary>
/// Names for inline schemas, made from where they appear: the owning type and the property. Words
/// the property repeats from the end of the owner's name are said once, so <c>target_channel</c> of
/// <c>SubscriptionNotificationTarget</c> gives <c>SubscriptionNotificationTargetChannel</c>, not
/// <c>...TargetTargetChannel</c>.
/// </summary>
internal static class InlineNames
{
    public static string Member(string owner, string member)
    {
        var ownerWords = Identifiers.SplitWords(owner);
        var memberWords = Identifiers.SplitWords(member);
        for (var overlap = Math.Min(ownerWords.Count, memberWords.Count - 1); overlap > 0; overlap--)
        {
            if (Same(ownerWords.Skip(ownerWords.Count - overlap), memberWords.Take(overlap)))
            {
                return string.Join("_", ownerWords.Concat(memberWords.Skip(overlap)));
            }
        }

        return owner + "_" + member;
    }

    private static bool Same(IEnumerable<string> left, IEnumerable<string> right)
        => left.SequenceEqual(right, StringComparer.OrdinalIgnoreCase);
}
