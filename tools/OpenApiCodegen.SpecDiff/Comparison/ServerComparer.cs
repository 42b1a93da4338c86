using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>
/// Compares the document's servers. The first one is the generated client's default base address,
/// so a change to it is reported on its own; the others are compared as a set.
/// </summary>
internal static class ServerComparer
{
    public static void Compare(DiffContext context)
    {
        var oldUrls = (context.Old.Document.Servers ?? []).Select(s => s.Url ?? string.Empty).ToList();
        var newUrls = (context.New.Document.Servers ?? []).Select(s => s.Url ?? string.Empty).ToList();

        var oldDefault = oldUrls.FirstOrDefault();
        var newDefault = newUrls.FirstOrDefault();
        var defaultChanged = oldDefault is not null && newDefault is not null && !SameUrl(oldDefault, newDefault);
        if (defaultChanged)
        {
            context.Changes.Add(RuleCatalog.ServerChanged, "#/servers/0", "#/servers/0", null, $"default base address changes to {newDefault}",
                $"first server {oldDefault} became {newDefault}");
        }

        for (var i = 0; i < oldUrls.Count; i++)
        {
            var covered = defaultChanged && i == 0;
            if (!covered && !newUrls.Any(u => SameUrl(u, oldUrls[i])))
            {
                context.Changes.Add(RuleCatalog.ServerRemoved, "#/servers/" + i, null, null, $"server {oldUrls[i]} is no longer listed", $"server {oldUrls[i]} removed");
            }
        }

        for (var i = 0; i < newUrls.Count; i++)
        {
            var covered = defaultChanged && i == 0;
            if (!covered && !oldUrls.Any(u => SameUrl(u, newUrls[i])))
            {
                context.Changes.Add(RuleCatalog.ServerAdded, null, "#/servers/" + i, null, $"server {newUrls[i]} is listed", $"server {newUrls[i]} added");
            }
        }
    }

    // "https://api.example.com/" and "https://api.example.com" are one address.
    private static bool SameUrl(string a, string b) => string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
