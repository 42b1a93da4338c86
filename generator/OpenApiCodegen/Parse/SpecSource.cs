using OpenApiCodegen.Model;

namespace OpenApiCodegen.Parse;

/// <summary>An AdditionalFiles entry that is a spec to generate from, with its item metadata.</summary>
internal sealed record SpecSource(string Path, string Text, string Namespace, string ClientName);

/// <summary>Any YAML or JSON AdditionalFiles entry: a target for external <c>$ref</c>s.</summary>
internal sealed record SpecFile(string Path, string Text);

/// <summary>A spec to generate from, together with every file its external references may point at.</summary>
internal sealed record SpecInput(SpecSource Source, EquatableArray<SpecFile> OtherFiles);
