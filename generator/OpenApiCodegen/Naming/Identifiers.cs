using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OpenApiCodegen.Naming;

/// <summary>
/// Turns names from a spec (schema names, property names, enum values) into valid, idiomatic
/// C# identifiers. Deterministic: the same input always gives the same name.
/// </summary>
internal static class Identifiers
{
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class",
        "const", "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event",
        "explicit", "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if",
        "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null",
        "object", "operator", "out", "override", "params", "private", "protected", "public", "readonly",
        "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct",
        "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    // Contextual keywords that a local or parameter cannot always be called: await in an async method, yield in an
    // iterator, var and dynamic where a type is expected, nameof before a parenthesis. Escaping is always legal.
    private static readonly HashSet<string> ContextualKeywords = new() { "await", "yield", "nameof", "var", "dynamic", "scoped", "when" };

    // Words for characters that carry meaning in enum values such as Filter.relation's ">" or "!=".
    private static readonly Dictionary<string, string> Operators = new()
    {
        [">"] = "GreaterThan",
        ["<"] = "LessThan",
        ["="] = "Equal",
        ["=="] = "Equal",
        ["!="] = "NotEqual",
        ["<>"] = "NotEqual",
        [">="] = "GreaterThanOrEqual",
        ["<="] = "LessThanOrEqual",
        ["!"] = "Not",
        ["+"] = "Plus",
        ["-"] = "Minus",
        ["*"] = "Asterisk",
        ["/"] = "Slash",
        ["%"] = "Percent",
        ["&"] = "Ampersand",
        ["|"] = "Pipe",
        ["^"] = "Caret",
        ["~"] = "Tilde",
        ["$"] = "Dollar",
        ["@"] = "At",
        ["#"] = "Hash",
        ["?"] = "Question",
        ["."] = "Dot",
        [","] = "Comma",
        [":"] = "Colon",
        [";"] = "Semicolon",
    };

    /// <summary>A PascalCase identifier for a type, property or enum member.</summary>
    public static string ToPascalCase(string name)
    {
        if (Operators.TryGetValue(name.Trim(), out var operatorName))
        {
            return operatorName;
        }

        var words = SplitWords(name);
        if (words.Count == 0)
        {
            return SymbolsToWords(name);
        }

        var builder = new StringBuilder();
        foreach (var word in words)
        {
            builder.Append(Capitalize(word));
        }

        return MakeValidStart(builder.ToString());
    }

    /// <summary>A camelCase identifier for a parameter or local, escaped with @ where it is a keyword.</summary>
    public static string ToCamelCase(string name)
    {
        var pascal = ToPascalCase(name);
        var camel = pascal.Length > 0 && char.IsUpper(pascal[0]) && !pascal.StartsWith("_", System.StringComparison.Ordinal)
            ? LowerLeadingAcronym(pascal)
            : pascal;
        return EscapeKeyword(camel);
    }

    /// <summary>The local or parameter for a PascalCase member name: <c>AppId</c> gives <c>appId</c>, <c>Event</c> gives <c>@event</c>.</summary>
    public static string ToLocal(string pascal)
        => pascal.Length == 0 || pascal[0] == '_' ? pascal : EscapeKeyword(LowerLeadingAcronym(pascal));

    /// <summary>Prefixes @ to a C# keyword (contextual ones too) so it can be used as a local or parameter.</summary>
    public static string EscapeKeyword(string identifier)
        => Keywords.Contains(identifier) || ContextualKeywords.Contains(identifier) ? "@" + identifier : identifier;

    public static bool IsKeyword(string identifier) => Keywords.Contains(identifier);

    /// <summary>
    /// Splits on anything that is not a letter or digit and on case changes:
    /// "isWP_WNS" gives is, WP, WNS; "ios_badgeType" gives ios, badge, Type; "zh-Hans" gives zh, Hans.
    /// </summary>
    internal static List<string> SplitWords(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!IsIdentifierPart(c))
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                var previous = current[current.Length - 1];
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                var lowerToUpper = char.IsLower(previous) && char.IsUpper(c);
                var acronymEnd = char.IsUpper(previous) && char.IsUpper(c) && char.IsLower(next);
                if (lowerToUpper || acronymEnd)
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();
        return words;
    }

    private static bool IsIdentifierPart(char c)
    {
        if (c == '_')
        {
            return false; // a separator in spec names; C# casing replaces it
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber;
    }

    private static string Capitalize(string word)
    {
        // Acronyms of three or more letters read as words in .NET names (Wns, Html); two stay (IO, WP).
        if (word.Length > 2 && IsAllUpper(word))
        {
            return word.Substring(0, 1) + word.Substring(1).ToLowerInvariant();
        }

        return char.ToUpperInvariant(word[0]) + word.Substring(1);
    }

    private static bool IsAllUpper(string word)
    {
        var sawLetter = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                sawLetter = true;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return sawLetter;
    }

    private static string LowerLeadingAcronym(string pascal)
    {
        var chars = pascal.ToCharArray();
        for (var i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            // "IOStream" -> "ioStream": lower the acronym but not the start of the next word.
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    private static string MakeValidStart(string identifier)
    {
        if (identifier.Length == 0)
        {
            return "Value";
        }

        return char.IsDigit(identifier[0]) ? "_" + identifier : identifier;
    }

    private static string SymbolsToWords(string name)
    {
        if (name.Length == 0)
        {
            return "Empty";
        }

        var builder = new StringBuilder();
        foreach (var c in name)
        {
            builder.Append(Operators.TryGetValue(c.ToString(), out var word) ? word : "U" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
