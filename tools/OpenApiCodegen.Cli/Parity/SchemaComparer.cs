namespace OpenApiCodegen.Cli.Parity;

/// <summary>
/// Compares two bodies place by place: type, enum values, then each property (name, whether it is
/// required, and recursively its own facts), array items (<c>[]</c>) and map values (<c>{}</c>).
/// </summary>
public static class SchemaComparer
{
    /// <param name="where">The start of every key, e.g. "property create_notification request".</param>
    /// <param name="path">The JSON path of this place, "$" for the body itself.</param>
    public static void Compare(string where, string path, SchemaNode ours, SchemaNode theirs, List<Difference> differences)
    {
        var key = $"{where} {path}";
        var (ourType, theirType) = (ours.Type, theirs.Type);
        if (ourType != theirType)
        {
            // Below a type change every child would differ too; one line says it all.
            differences.Add(Difference.Differs(key, "type", ourType, theirType));
            return;
        }

        var (ourEnum, theirEnum) = (ours.EnumValues, theirs.EnumValues);
        if (!ourEnum.SetEquals(theirEnum))
        {
            differences.Add(Difference.Differs(key, "enum", EnumText(ourEnum), EnumText(theirEnum)));
        }

        if (ours.IsRecursive || theirs.IsRecursive)
        {
            // The schema was already walked higher up this path; walking it again would never end.
            return;
        }

        CompareProperties(where, path, ours, theirs, differences);
        CompareChild(where, path + "[]", ours.Items, theirs.Items, differences);
        CompareChild(where, path + "{}", ours.MapValues, theirs.MapValues, differences);
    }

    private static void CompareProperties(string where, string path, SchemaNode ours, SchemaNode theirs, List<Difference> differences)
    {
        var (ourProperties, theirProperties) = (ours.Properties, theirs.Properties);
        var names = new SortedSet<string>(ourProperties.Keys, StringComparer.Ordinal);
        names.UnionWith(theirProperties.Keys);
        foreach (var name in names)
        {
            var propertyPath = $"{path}.{name}";
            var key = $"{where} {propertyPath}";
            if (!ourProperties.TryGetValue(name, out var our))
            {
                differences.Add(new Difference(key, Difference.MissingInOurs));
                continue;
            }

            if (!theirProperties.TryGetValue(name, out var their))
            {
                differences.Add(new Difference(key, Difference.ExtraInOurs));
                continue;
            }

            if (our.Required != their.Required)
            {
                differences.Add(Difference.Differs(key, "required", Bool(our.Required), Bool(their.Required)));
            }

            Compare(where, propertyPath, our.Node, their.Node, differences);
        }
    }

    private static void CompareChild(string where, string path, SchemaNode? ours, SchemaNode? theirs, List<Difference> differences)
    {
        switch (ours, theirs)
        {
            case (null, null):
                return;
            case (null, not null):
                differences.Add(new Difference($"{where} {path}", Difference.MissingInOurs));
                return;
            case (not null, null):
                differences.Add(new Difference($"{where} {path}", Difference.ExtraInOurs));
                return;
            default:
                Compare(where, path, ours, theirs, differences);
                return;
        }
    }

    internal static string Bool(bool value) => value ? "true" : "false";

    private static string EnumText(SortedSet<string> values) => values.Count == 0 ? "(none)" : "[" + string.Join(", ", values) + "]";
}
