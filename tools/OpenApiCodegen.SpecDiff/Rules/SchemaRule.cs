using OpenApiCodegen.SpecDiff.Model;

namespace OpenApiCodegen.SpecDiff.Rules;

/// <summary>
/// A change to a schema, whose level depends on the direction the values travel. It stands for
/// four rules, one per <see cref="Direction"/>: <c>request-{suffix}</c>, <c>response-{suffix}</c>,
/// <c>parameter-{suffix}</c> (judged like a request) and <c>schema-{suffix}</c> for a component no
/// operation uses (judged by the worse of the two, since only the generated type is at stake).
/// </summary>
public sealed record SchemaRule(string Suffix, ChangeLevel RequestLevel, ChangeLevel ResponseLevel, string Reason)
{
    public Rule For(Direction direction) => direction switch
    {
        Direction.Request => new Rule("request-" + Suffix, RequestLevel, Reason),
        Direction.Response => new Rule("response-" + Suffix, ResponseLevel, Reason),
        Direction.Parameter => new Rule("parameter-" + Suffix, RequestLevel, Reason),
        _ => new Rule("schema-" + Suffix, RequestLevel > ResponseLevel ? RequestLevel : ResponseLevel, Reason),
    };
}
