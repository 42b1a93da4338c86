using OpenApiCodegen.SpecDiff.Model;
using static OpenApiCodegen.SpecDiff.Model.ChangeLevel;

namespace OpenApiCodegen.SpecDiff.Rules;

/// <summary>
/// Rules read from the two compiled public APIs (ids start with <c>cs-</c>): what happens to code that compiled against
/// the old client, whatever spec change caused it. A member is a method, property, field (an enum value), event or
/// constructor of a public type.
/// </summary>
public static class CSharpRules
{
    public const string Prefix = "cs-";

    public static readonly Rule TypeRemoved = new("cs-type-removed", Breaking, "A public type is gone: code naming it no longer compiles.");
    public static readonly Rule TypeRenamed = new("cs-type-renamed", Breaking, "A public type has a new name (the same schema or operation behind it): code naming the old one no longer compiles.");
    public static readonly Rule TypeAdded = new("cs-type-added", NonBreaking, "A new public type.");
    public static readonly Rule TypeKindChanged = new("cs-type-kind-changed", Breaking, "A class became an enum, a struct or static, or its base type changed: code using it the old way no longer compiles.");
    public static readonly Rule MemberRemoved = new("cs-member-removed", Breaking, "A public member is gone: code using it no longer compiles.");
    public static readonly Rule MemberRenamed = new("cs-member-renamed", Breaking, "A public member has a new name (same spec node behind it): code using the old name no longer compiles.");
    public static readonly Rule MemberAdded = new("cs-member-added", NonBreaking, "A new public member; existing code does not use it.");
    public static readonly Rule MemberKindChanged = new("cs-member-kind-changed", Breaking, "A member became static or an instance member, or a property a method: code using it no longer compiles.");
    public static readonly Rule TypeChanged = new("cs-type-changed", Breaking, "A property, field or return type changed: code reading or assigning the old type no longer compiles.");
    public static readonly Rule NullabilityChanged = new("cs-nullability-changed", Warning, "Only a nullable reference-type annotation changed: code compiles, with new nullable warnings.");
    public static readonly Rule NoLongerSettable = new("cs-no-longer-settable", Breaking, "A property lost its setter: code assigning it no longer compiles.");
    public static readonly Rule NowSettable = new("cs-now-settable", NonBreaking, "A read-only property can now be set.");
    public static readonly Rule RequiredAdded = new("cs-required-added", Breaking, "A property became required, or a required one was added: object initializers that leave it out no longer compile.");
    public static readonly Rule RequiredRemoved = new("cs-required-removed", NonBreaking, "A property is no longer required; initializers that set it still compile.");
    public static readonly Rule ParametersChanged = new("cs-parameters-changed", Breaking, "Parameters removed, retyped, reordered, made required, or inserted before an existing one (before the CancellationToken, say): calls written for the old list no longer compile.");
    public static readonly Rule ParameterRenamed = new("cs-parameter-renamed", PotentiallyBreaking, "A parameter has a new name at the same place: calls naming it no longer compile, positional calls do.");
    public static readonly Rule ParametersRelaxed = new("cs-parameters-relaxed", NonBreaking, "A required parameter became optional, or an optional one was added at the end: existing calls still compile.");

    public static IReadOnlyList<Rule> All { get; } =
    [
        TypeRemoved, TypeRenamed, TypeAdded, TypeKindChanged,
        MemberRemoved, MemberRenamed, MemberAdded, MemberKindChanged,
        TypeChanged, NullabilityChanged, NoLongerSettable, NowSettable, RequiredAdded, RequiredRemoved,
        ParametersChanged, ParameterRenamed, ParametersRelaxed,
    ];

    public static bool IsCSharp(this Rule rule) => rule.Id.StartsWith(Prefix, StringComparison.Ordinal);
}
