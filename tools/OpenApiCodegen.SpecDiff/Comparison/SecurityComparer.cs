using Microsoft.OpenApi;
using OpenApiCodegen.SpecDiff.Naming;
using OpenApiCodegen.SpecDiff.Rules;
using OpenApiCodegen.SpecDiff.Schemas;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>
/// Compares security schemes and each operation's requirements. A scheme that disappears while
/// another appears and the operations that used the first now use the second is a rename: OneSignal's
/// two schemes share one definition (http bearer), so only their use tells which became which.
/// </summary>
internal sealed class SecurityComparer(DiffContext context)
{
    private readonly Dictionary<string, string> _renames = new(StringComparer.Ordinal);

    public void CompareSchemes(IReadOnlyList<OperationPair> pairs)
    {
        var oldSchemes = context.Old.Document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>();
        var newSchemes = context.New.Document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>();
        var removed = oldSchemes.Keys.Where(k => !newSchemes.ContainsKey(k)).ToList();
        var added = newSchemes.Keys.Where(k => !oldSchemes.ContainsKey(k)).ToList();

        foreach (var (oldName, newName) in DetectRenames(pairs, removed, added, oldSchemes, newSchemes))
        {
            _renames[oldName] = newName;
            context.Changes.Add(RuleCatalog.SecuritySchemeRenamed, Pointer(oldName), Pointer(newName), CSharpNames.Credential(oldName),
                $"renamed to {CSharpNames.Credential(newName)}", $"security scheme {oldName} renamed to {newName}");
            CompareDefinitions(oldName, oldSchemes[oldName], newName, newSchemes[newName]);
        }

        foreach (var name in removed.Where(n => !_renames.ContainsKey(n)))
        {
            context.Changes.Add(RuleCatalog.SecuritySchemeRemoved, Pointer(name), null, CSharpNames.Credential(name), "removed", $"security scheme {name} removed");
        }

        foreach (var name in added.Where(n => !_renames.ContainsValue(n)))
        {
            context.Changes.Add(RuleCatalog.SecuritySchemeAdded, null, Pointer(name), CSharpNames.Credential(name), "added", $"security scheme {name} added");
        }

        foreach (var name in oldSchemes.Keys.Where(newSchemes.ContainsKey))
        {
            CompareDefinitions(name, oldSchemes[name], name, newSchemes[name]);
        }
    }

    public void CompareOperation(OperationPair pair)
    {
        var old = SecurityRequirements.Of(pair.Old, context.Old.Document, _renames);
        var current = SecurityRequirements.Of(pair.New, context.New.Document);
        var symbol = pair.New.CSharpMethod;

        if (old.AllowsAnonymous && !current.AllowsAnonymous)
        {
            var needed = string.Join(" or ", current.Alternatives.Select(SecurityRequirements.KeyOf));
            context.Changes.Add(RuleCatalog.OperationSecurityAdded, old.Pointer, current.Pointer, symbol, "now needs credentials", $"{pair.New.Label} now requires {needed}");
            return;
        }

        if (!old.AllowsAnonymous && current.AllowsAnonymous)
        {
            context.Changes.Add(RuleCatalog.OperationSecurityRemoved, old.Pointer, current.Pointer, symbol, "no longer needs credentials", $"{pair.New.Label} no longer requires authentication");
        }

        var oldByKey = old.Alternatives.Where(a => a.Count > 0).GroupBy(SecurityRequirements.KeyOf).ToDictionary(g => g.Key, g => g.First());
        var newByKey = current.Alternatives.Where(a => a.Count > 0).GroupBy(SecurityRequirements.KeyOf).ToDictionary(g => g.Key, g => g.First());
        if (current.AllowsAnonymous)
        {
            return; // with anonymous calls allowed, the remaining alternatives take nothing away
        }

        foreach (var (key, alternative) in oldByKey)
        {
            if (!newByKey.TryGetValue(key, out var match))
            {
                context.Changes.Add(RuleCatalog.SecurityRequirementRemoved, old.Pointer, current.Pointer, symbol, $"no longer accepts {key}",
                    $"{pair.New.Label}: security requirement {key} removed");
                continue;
            }

            CompareScopes(pair, key, alternative, match, old.Pointer, current.Pointer);
        }

        foreach (var key in newByKey.Keys.Where(k => !oldByKey.ContainsKey(k)))
        {
            context.Changes.Add(RuleCatalog.SecurityRequirementAdded, old.Pointer, current.Pointer, symbol, $"also accepts {key}",
                $"{pair.New.Label}: security requirement {key} added");
        }
    }

    private void CompareScopes(OperationPair pair, string key, Dictionary<string, HashSet<string>> old, Dictionary<string, HashSet<string>> current, string oldPointer, string newPointer)
    {
        var oldScopes = old.SelectMany(e => e.Value.Select(s => e.Key + ":" + s)).ToHashSet(StringComparer.Ordinal);
        var newScopes = current.SelectMany(e => e.Value.Select(s => e.Key + ":" + s)).ToHashSet(StringComparer.Ordinal);
        var added = newScopes.Except(oldScopes).Order(StringComparer.Ordinal).ToList();
        var removed = oldScopes.Except(newScopes).Order(StringComparer.Ordinal).ToList();
        if (added.Count > 0)
        {
            context.Changes.Add(RuleCatalog.SecurityScopesAdded, oldPointer, newPointer, pair.New.CSharpMethod, "needs more scopes",
                $"{pair.New.Label}: {key} now needs scopes {string.Join(", ", added)}");
        }

        if (removed.Count > 0)
        {
            context.Changes.Add(RuleCatalog.SecurityScopesRemoved, oldPointer, newPointer, pair.New.CSharpMethod, "needs fewer scopes",
                $"{pair.New.Label}: {key} no longer needs scopes {string.Join(", ", removed)}");
        }
    }

    private void CompareDefinitions(string oldName, IOpenApiSecurityScheme old, string newName, IOpenApiSecurityScheme current)
    {
        var before = Signature(old);
        var after = Signature(current);
        if (before != after)
        {
            context.Changes.Add(RuleCatalog.SecuritySchemeChanged, Pointer(oldName), Pointer(newName), CSharpNames.Credential(newName),
                "is sent differently", $"security scheme {newName}: {before} became {after}");
        }
    }

    /// <summary>
    /// Pairs removed and added schemes by use: for each operation in both specs, a removed scheme it
    /// stopped using and an added one it started using cast a vote. A pair whose votes all agree is a
    /// rename. With no operation to tell, one removed and one added scheme of the same definition are.
    /// </summary>
    private List<(string Old, string New)> DetectRenames(
        IReadOnlyList<OperationPair> pairs, List<string> removed, List<string> added,
        IDictionary<string, IOpenApiSecurityScheme> oldSchemes, IDictionary<string, IOpenApiSecurityScheme> newSchemes)
    {
        var votes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var oldUsed = SecurityRequirements.Of(pair.Old, context.Old.Document).Schemes.ToHashSet(StringComparer.Ordinal);
            var newUsed = SecurityRequirements.Of(pair.New, context.New.Document).Schemes.ToHashSet(StringComparer.Ordinal);
            var gone = oldUsed.Where(s => !newUsed.Contains(s) && removed.Contains(s)).ToList();
            var came = newUsed.Where(s => !oldUsed.Contains(s) && added.Contains(s)).ToList();
            if (gone.Count == 1 && came.Count == 1)
            {
                (votes.TryGetValue(gone[0], out var targets) ? targets : votes[gone[0]] = new HashSet<string>(StringComparer.Ordinal)).Add(came[0]);
            }
        }

        var renames = votes
            .Where(v => v.Value.Count == 1)
            .Select(v => (Old: v.Key, New: v.Value.Single()))
            .GroupBy(r => r.New)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single())
            .ToList();

        if (votes.Count == 0 && removed.Count == 1 && added.Count == 1 && Signature(oldSchemes[removed[0]]) == Signature(newSchemes[added[0]]))
        {
            renames.Add((removed[0], added[0]));
        }

        return renames;
    }

    // What decides how credentials travel; descriptions and bearer formats are documentation.
    private static string Signature(IOpenApiSecurityScheme scheme)
    {
        var parts = new List<string> { scheme.Type?.ToString() ?? "?" };
        if (scheme.Scheme is { Length: > 0 } http)
        {
            parts.Add(http.ToLowerInvariant());
        }

        if (scheme.Type == SecuritySchemeType.ApiKey)
        {
            parts.Add($"{scheme.In?.ToString().ToLowerInvariant()} {scheme.Name}");
        }

        if (scheme.OpenIdConnectUrl is { } openId)
        {
            parts.Add(openId.ToString());
        }

        if (scheme.Flows is { } flows)
        {
            foreach (var (name, flow) in new[] { ("implicit", flows.Implicit), ("password", flows.Password), ("clientCredentials", flows.ClientCredentials), ("authorizationCode", flows.AuthorizationCode) })
            {
                if (flow is not null)
                {
                    parts.Add($"{name} {flow.AuthorizationUrl} {flow.TokenUrl}".TrimEnd());
                }
            }
        }

        return string.Join(" ", parts);
    }

    private static string Pointer(string name) => "#/components/securitySchemes/" + Pointers.Escape(name);
}
