namespace OpenApiCodegen.Naming;

/// <summary>
/// Names of the helper members and types the generated code needs but a user never calls: fields,
/// the converter's per-property state, internal helper classes. They live where no spec name can
/// reach them. Every name that comes from a spec goes through <see cref="Identifiers"/>, which never
/// puts an underscore after the first character (the only underscore it writes is a leading one
/// before a digit, as in <c>_9lives</c>); so a name with an underscore after its first character, or
/// starting with an underscore and a letter, can never be a spec's.
/// </summary>
internal static class HelperNames
{
    /// <summary>What a model class keeps beyond its typed properties: unknown JSON, misfits, explicit nulls.</summary>
    public const string KeptField = "_kept";

    /// <summary>The value a union or an open enum holds.</summary>
    public const string ValueField = "_value";

    /// <summary>The JSON a union holds when no candidate fits it.</summary>
    public const string UnmatchedField = "_unmatched";

    /// <summary>The shared sender of a client and its operation groups.</summary>
    public const string CoreField = "_core";

    /// <summary>The JSON context's table of the generated types' codecs.</summary>
    public const string CodecsField = "_codecs";

    /// <summary>The security requirements of an operation, shared by every call: <c>GetPet_Security</c>.</summary>
    public static string SecurityField(string methodStem) => methodStem + "_Security";

    /// <summary>The internal class that turns raw responses into values or exceptions: <c>PetstoreClient_Responses</c>.</summary>
    public static string ResponsesClass(string clientName) => clientName + "_Responses";

    /// <summary>The internal class that puts the options' credentials on requests: <c>PetstoreClient_Credentials</c>.</summary>
    public static string CredentialsClass(string clientName) => clientName + "_Credentials";

    /// <summary>
    /// Whether a name could have come from a spec: no underscore after the first character, and a leading one
    /// only before a digit. Helper names must never pass this test; claimed names always do.
    /// </summary>
    public static bool IsSpecReachable(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        var start = name[0] == '@' ? 1 : 0;
        for (var i = start; i < name.Length; i++)
        {
            if (name[i] != '_')
            {
                continue;
            }

            var leadingBeforeDigit = i == start && i + 1 < name.Length && char.IsDigit(name[i + 1]);
            if (!leadingBeforeDigit)
            {
                return false;
            }
        }

        return true;
    }
}
