using System.Linq;
using OpenApiCodegen.Diagnostics;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Parse.Docs;

/// <summary>
/// Puts a spec's docs into the model mapped from its structure (<see cref="DocSplit"/>): every doc field that holds a
/// marker gets the doc's text, cleaned as <see cref="DocText"/> cleans it when it reads the spec whole, and a schema's
/// title moves back to the summary, or drops from the remarks, as it would have. The result equals the model mapped
/// from the whole spec; the tests hold it to that on every spec they have.
/// </summary>
internal sealed class DocResolver
{
    private readonly EquatableArray<string> _docs;

    private DocResolver(EquatableArray<string> docs) => _docs = docs;

    public static SpecModel Resolve(SpecModel model, SpecDocs? docs)
    {
        if (docs is null || docs.Docs.IsEmpty)
        {
            return model;
        }

        var resolver = new DocResolver(docs.Docs);
        return model with
        {
            Types = model.Types.Select(resolver.Type).ToEquatableArray(),
            Client = model.Client is null ? null : resolver.Client(model.Client),
            Diagnostics = model.Diagnostics.Select(d => InSpec(d, docs)).ToEquatableArray(),
        };
    }

    /// <summary>A diagnostic located in the structure, located in the spec: same lines and columns, the spec's offsets.</summary>
    private static DiagnosticInfo InSpec(DiagnosticInfo diagnostic, SpecDocs docs)
    {
        var at = diagnostic.Location;
        if (at.FilePath != docs.SpecPath || at.StartLine >= docs.LineStarts.Count || at.EndLine >= docs.LineStarts.Count)
        {
            return diagnostic;
        }

        var start = docs.LineStarts[at.StartLine] + at.StartColumn;
        var end = docs.LineStarts[at.EndLine] + at.EndColumn;
        return diagnostic with { Location = at with { Start = start, Length = end - start } };
    }

    private string? Text(string? text) => DocMarker.TryRead(text, out var index) && index < _docs.Count ? DocText.Clean(_docs[index]) : text;

    private Documentation Docs(Documentation docs)
    {
        if (!DocMarker.TryRead(docs.Summary, out _))
        {
            return docs;
        }

        // DocText.For: summary = description ?? title; remarks = the title when it says something else.
        var description = Text(docs.Summary);
        return description is null
            ? docs with { Summary = docs.Remarks, Remarks = null }
            : docs with { Summary = description, Remarks = docs.Remarks == description ? null : docs.Remarks };
    }

    private TypeModel Type(TypeModel type) => type switch
    {
        ObjectModel o => o with
        {
            Docs = Docs(o.Docs),
            Properties = o.Properties.Select(Property).ToEquatableArray(),
            InheritedProperties = o.InheritedProperties.Select(Property).ToEquatableArray(),
        },
        EnumModel e => e with { Docs = Docs(e.Docs), Members = e.Members.Select(m => m with { Description = Text(m.Description) }).ToEquatableArray() },
        UnionModel u => u with { Docs = Docs(u.Docs) },
        _ => type,
    };

    private PropertyModel Property(PropertyModel property) => property with { Docs = Docs(property.Docs) };

    private ClientModel Client(ClientModel client) => client with
    {
        SecuritySchemes = client.SecuritySchemes.Select(s => s with { Description = Text(s.Description) }).ToEquatableArray(),
        Groups = client.Groups.Select(g => g with
        {
            Description = Text(g.Description),
            Operations = g.Operations.Select(Operation).ToEquatableArray(),
        }).ToEquatableArray(),
    };

    private OperationModel Operation(OperationModel operation) => operation with
    {
        Summary = Text(operation.Summary),
        Description = Text(operation.Description),
        Parameters = operation.Parameters.Select(p => p with { Description = Text(p.Description) }).ToEquatableArray(),
        Body = operation.Body is null ? null : operation.Body with
        {
            Description = Text(operation.Body.Description),
            Parts = operation.Body.Parts.Select(p => p with { Description = Text(p.Description) }).ToEquatableArray(),
        },
        Responses = operation.Responses.Select(r => r with { Description = Text(r.Description) }).ToEquatableArray(),
        ResponseHeaders = operation.ResponseHeaders is null ? null : operation.ResponseHeaders with
        {
            Headers = operation.ResponseHeaders.Headers.Select(h => h with { Description = Text(h.Description) }).ToEquatableArray(),
        },
    };
}
