using OpenApiCodegen.Parse.Client;
using OpenApiCodegen.SpecDiff.Naming;
using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>
/// Reports operations added, removed, renamed (same method and path, new operationId: one change,
/// not a removal and an addition) and moved (same operationId, new method or path), then compares
/// everything inside each operation present in both specs.
/// </summary>
internal sealed class OperationComparer(DiffContext context, SchemaComparer schemas, SecurityComparer security)
{
    private readonly ParameterComparer _parameters = new(context, schemas);
    private readonly RequestBodyComparer _requestBodies = new(context, schemas);
    private readonly ResponseComparer _responses = new(context, schemas);

    public void CompareAll(OperationMatches matches)
    {
        foreach (var removed in matches.Removed)
        {
            context.Changes.Add(RuleCatalog.OperationRemoved, removed.Pointer, null, removed.CSharpMethod, "removed",
                $"operation {removed.Label} ({removed.Endpoint}) removed");
        }

        foreach (var pair in matches.Pairs)
        {
            CompareIdentity(pair);
            _parameters.Compare(pair);
            _requestBodies.Compare(pair);
            _responses.Compare(pair);
            security.CompareOperation(pair);
        }

        foreach (var added in matches.Added)
        {
            context.Changes.Add(RuleCatalog.OperationAdded, null, added.Pointer, added.CSharpMethod, "added",
                $"operation {added.Label} ({added.Endpoint}) added");
        }
    }

    private static string Tag(OperationRef operation) => ClientNaming.FirstTag(operation.Operation) is { } tag ? tag : "none";

    private void CompareIdentity(OperationPair pair)
    {
        var (old, current) = pair;
        if (old.OperationId is { } oldId && current.OperationId is { } newId && oldId != newId)
        {
            context.Changes.Add(RuleCatalog.OperationRenamed, old.Pointer + "/operationId", current.Pointer + "/operationId", old.CSharpMethod, "removed",
                $"operation {oldId} renamed to {newId} at {current.Endpoint}");
        }

        if (old.Template != current.Template)
        {
            context.Changes.Add(RuleCatalog.PathMoved, old.Pointer, current.Pointer, current.CSharpMethod, $"now calls {current.Endpoint}",
                $"operation {current.Label} moved from {old.Endpoint} to {current.Endpoint}");
        }

        // The first tag picks the group class; tags that name the same group (case, separators) move nothing.
        if (CSharpNames.Group(old.Operation) != CSharpNames.Group(current.Operation))
        {
            context.Changes.Add(RuleCatalog.OperationGroupChanged, old.Pointer + "/tags", current.Pointer + "/tags", old.CSharpMethod,
                $"moves to {current.CSharpMethod}", $"operation {current.Label}: first tag now {Tag(current)} instead of {Tag(old)}");
        }

        if (!old.Operation.Deprecated && current.Operation.Deprecated)
        {
            context.Changes.Add(RuleCatalog.OperationDeprecated, old.Pointer, current.Pointer, current.CSharpMethod, "is deprecated",
                $"operation {current.Label} became deprecated");
        }
    }
}
