using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.CSharp;

/// <summary>
/// One change to one public symbol, found by comparing the two compiled APIs; <see cref="OldSource"/> and
/// <see cref="NewSource"/> say where the symbol comes from in each spec, when the generator's model says.
/// </summary>
internal sealed record CSharpChange(Rule Rule, string Owner, string Symbol, SymbolSource? OldSource, SymbolSource? NewSource, string Effect);
