using Microsoft.OpenApi;

namespace OpenApiCodegen.Cli.Parity;

/// <summary>Compares one operation, present in both documents: where it lives, who may call it, its parameters and bodies.</summary>
public static class OperationComparer
{
    public static void Compare(ParityDocument oursDocument, OperationEntry ours, ParityDocument theirsDocument, OperationEntry theirs, List<Difference> differences)
    {
        var key = $"operation {ours.Id}";
        if (ours.Path != theirs.Path)
        {
            differences.Add(Difference.Differs(key, "path", ours.Path, theirs.Path));
        }

        if (ours.Method != theirs.Method)
        {
            differences.Add(Difference.Differs(key, "method", ours.Method, theirs.Method));
        }

        var (ourSecurity, theirSecurity) = (Security(oursDocument, ours), Security(theirsDocument, theirs));
        if (ourSecurity != theirSecurity)
        {
            differences.Add(Difference.Differs(key, "security", ourSecurity, theirSecurity));
        }

        CompareParameters(ours, theirs, differences);
        CompareBody($"{ours.Id} request", ours.Operation.RequestBody, theirs.Operation.RequestBody, differences);
        CompareResponses(ours, theirs, differences);
    }

    private static void CompareParameters(OperationEntry ours, OperationEntry theirs, List<Difference> differences)
    {
        var (ourParameters, theirParameters) = (ours.Parameters, theirs.Parameters);

        // Their order first, then ours: the output follows the published document.
        foreach (var name in theirParameters.Keys.Concat(ourParameters.Keys).Distinct(StringComparer.Ordinal))
        {
            var key = $"parameter {ours.Id} {name}";
            if (!ourParameters.TryGetValue(name, out var our))
            {
                differences.Add(new Difference(key, Difference.MissingInOurs));
                continue;
            }

            if (!theirParameters.TryGetValue(name, out var their))
            {
                differences.Add(new Difference(key, Difference.ExtraInOurs));
                continue;
            }

            if (our.Required != their.Required)
            {
                differences.Add(Difference.Differs(key, "required", SchemaComparer.Bool(our.Required), SchemaComparer.Bool(their.Required)));
            }

            // A parameter's schema is compared like a body; its JSON path is "$".
            if (our.Schema is not null && their.Schema is not null)
            {
                SchemaComparer.Compare(key, "$", SchemaNode.From(our.Schema), SchemaNode.From(their.Schema), differences);
            }
        }
    }

    private static void CompareResponses(OperationEntry ours, OperationEntry theirs, List<Difference> differences)
    {
        var ourResponses = ours.Operation.Responses ?? new OpenApiResponses();
        var theirResponses = theirs.Operation.Responses ?? new OpenApiResponses();
        foreach (var status in theirResponses.Keys.Concat(ourResponses.Keys).Distinct(StringComparer.Ordinal))
        {
            var key = $"response {ours.Id} {status}";
            if (!ourResponses.TryGetValue(status, out var our))
            {
                differences.Add(new Difference(key, Difference.MissingInOurs));
                continue;
            }

            if (!theirResponses.TryGetValue(status, out var their))
            {
                differences.Add(new Difference(key, Difference.ExtraInOurs));
                continue;
            }

            CompareBody($"{ours.Id} {status}", our.Content, their.Content, differences);
        }
    }

    private static void CompareBody(string where, IOpenApiRequestBody? ours, IOpenApiRequestBody? theirs, List<Difference> differences)
    {
        if (ours is not null && theirs is not null && ours.Required != theirs.Required)
        {
            differences.Add(Difference.Differs($"body {where}", "required", SchemaComparer.Bool(ours.Required), SchemaComparer.Bool(theirs.Required)));
        }

        CompareBody(where, ours?.Content, theirs?.Content, differences);
    }

    private static void CompareBody(string where, IDictionary<string, IOpenApiMediaType>? ours, IDictionary<string, IOpenApiMediaType>? theirs, List<Difference> differences)
    {
        var (our, their) = (BodySchema(ours), BodySchema(theirs));
        switch (our, their)
        {
            case (null, null):
                return;
            case (null, not null):
                differences.Add(new Difference($"body {where}", Difference.MissingInOurs));
                return;
            case (not null, null):
                differences.Add(new Difference($"body {where}", Difference.ExtraInOurs));
                return;
            default:
                SchemaComparer.Compare($"property {where}", "$", SchemaNode.From(our), SchemaNode.From(their), differences);
                return;
        }
    }

    /// <summary>The schema of the JSON representation (the first JSON media type, else the first one), or null when there is no body.</summary>
    private static IOpenApiSchema? BodySchema(IDictionary<string, IOpenApiMediaType>? content)
    {
        if (content is null || content.Count == 0)
        {
            return null;
        }

        var json = content.FirstOrDefault(entry => entry.Key.Contains("json", StringComparison.OrdinalIgnoreCase));
        var chosen = json.Value ?? content.First().Value;
        return chosen.Schema;
    }

    /// <summary>The scheme names an operation accepts, falling back to the document's security when the operation declares none.</summary>
    private static string Security(ParityDocument document, OperationEntry operation)
    {
        var requirements = operation.Operation.Security ?? document.Document.Security ?? [];
        var names = requirements
            .SelectMany(requirement => requirement.Keys)
            .Select(scheme => scheme.Reference.Id ?? "?")
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? "(none)" : string.Join(",", names);
    }
}
