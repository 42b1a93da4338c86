namespace OpenApiCodegen.Cli.Parity;

/// <summary>
/// One way our spec differs from theirs. <see cref="Key"/> says where (stable across runs, so the
/// deliberate-differences list can name it); <see cref="Detail"/> says what.
/// </summary>
/// <example><c>parameter export_subscriptions query app_id: extra in ours</c></example>
public sealed record Difference(string Key, string Detail)
{
    public const string MissingInOurs = "missing in ours";
    public const string ExtraInOurs = "extra in ours";

    /// <summary>The line printed and matched against the deliberate patterns: <c>key: detail</c>.</summary>
    public string Line => $"{Key}: {Detail}";

    public override string ToString() => Line;

    public static Difference Differs(string key, string what, string ours, string theirs) =>
        new(key, $"{what} differs: ours {ours}, theirs {theirs}");
}
