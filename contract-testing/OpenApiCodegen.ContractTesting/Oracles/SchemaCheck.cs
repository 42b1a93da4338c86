using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace OpenApiCodegen.ContractTesting.Oracles;

/// <summary>
/// Validates a body against a converted schema with NJsonSchema and turns its errors into
/// <see cref="SchemaIssue"/>s. Where a oneOf or anyOf has no matching branch, the branch the value was
/// meant for (the one of its JSON type with the fewest errors) is reported, because "matches no branch"
/// hides what actually drifted. Undeclared and readOnly properties come from <see cref="PropertyWalker"/>.
/// </summary>
public static class SchemaCheck
{
    /// <summary>Parses a body the way the checks need it: dates stay strings, decimals stay exact.</summary>
    /// <exception cref="JsonReaderException">The text is not JSON.</exception>
    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        var token = JToken.ReadFrom(reader);
        if (reader.Read())
        {
            throw new JsonReaderException($"more content after the JSON value at line {reader.LineNumber}, position {reader.LinePosition}");
        }

        return token;
    }

    public static IReadOnlyList<SchemaIssue> Validate(JsonSchema schema, JToken body, bool reportReadOnly)
    {
        var issues = new List<SchemaIssue>();
        foreach (var error in schema.Validate(body, SchemaType.JsonSchema))
        {
            issues.AddRange(Flatten(error));
        }

        issues.AddRange(PropertyWalker.Walk(schema, body, reportReadOnly));
        return issues.DistinctBy(i => (i.Kind, i.Pointer, i.Message)).ToList();
    }

    private static IEnumerable<SchemaIssue> Flatten(ValidationError error)
    {
        var pointer = error.Token is null ? FromPath(error.Path) : JsonPointer.Of(error.Token);
        switch (error.Kind)
        {
            case ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf or ValidationErrorKind.NoTypeValidates when error is ChildSchemaValidationError branches:
                return FromBranches(error, branches, pointer);
            case ValidationErrorKind.NotAllOf or ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalItemNotValid or ValidationErrorKind.AdditionalPropertiesNotValid
                when error is ChildSchemaValidationError children:
                return children.Errors.SelectMany(b => b.Value).SelectMany(Flatten);
            case ValidationErrorKind.PropertyRequired:
                return [new(SchemaIssueKind.RequiredMissing, JsonPointer.Append(pointer, error.Property ?? ""), $"required property '{error.Property}' is missing", "present", "missing")];
            case ValidationErrorKind.NotInEnumeration:
                return [new(SchemaIssueKind.EnumUnknown, pointer, $"{Preview(error.Token)} is not one of the values the spec lists", Enum(error.Schema), Preview(error.Token))];
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                return [new(SchemaIssueKind.Forbidden, pointer, "property is not declared and the schema forbids others", "no such property", Preview(error.Token))];
            case var kind when TypeKinds.Contains(kind) || kind == ValidationErrorKind.NoTypeValidates:
                return error.Token?.Type == JTokenType.Null
                    ? [new(SchemaIssueKind.UnexpectedNull, pointer, "null where the schema does not allow it", TypeName(error.Schema), "null")]
                    : [new(SchemaIssueKind.TypeMismatch, pointer, $"{TokenType(error.Token)} where the schema says {TypeName(error.Schema)}", TypeName(error.Schema), Preview(error.Token))];
            case var kind when FormatKinds.Contains(kind):
                return [new(SchemaIssueKind.Format, pointer, $"{Preview(error.Token)} is not a valid {error.Schema?.Format ?? kind.ToString()}", error.Schema?.Format, Preview(error.Token))];
            default:
                return [new(SchemaIssueKind.Other, pointer, $"{error.Kind}: {Preview(error.Token)} breaks the schema", Describe(error.Schema), Preview(error.Token))];
        }
    }

    private static IEnumerable<SchemaIssue> FromBranches(ValidationError error, ChildSchemaValidationError branches, string pointer)
    {
        var candidates = branches.Errors
            .Select(b => (Schema: b.Key, Issues: b.Value.SelectMany(Flatten).ToList()))
            .ToList();
        if (candidates.Any(c => c.Issues.Count == 0))
        {
            // NJsonSchema reports NotOneOf when more than one branch matches.
            return [new(SchemaIssueKind.Other, pointer, "the value matches more than one oneOf branch", "exactly one branch", Preview(error.Token))];
        }

        // A branch whose own type does not fit the value was not meant for it.
        var ofRightType = candidates.Where(c => !c.Issues.Any(i => i.Pointer == pointer && i.Kind is SchemaIssueKind.TypeMismatch or SchemaIssueKind.UnexpectedNull)).ToList();
        if (ofRightType.Count == 0)
        {
            var expected = string.Join(" or ", candidates.Select(c => TypeName(c.Schema)).Distinct());
            return error.Token?.Type == JTokenType.Null
                ? [new(SchemaIssueKind.UnexpectedNull, pointer, "null where the schema does not allow it", expected, "null")]
                : [new(SchemaIssueKind.TypeMismatch, pointer, $"{TokenType(error.Token)} where the schema says {expected}", expected, Preview(error.Token))];
        }

        return ofRightType.MinBy(c => c.Issues.Count).Issues;
    }

    private static readonly HashSet<ValidationErrorKind> TypeKinds =
    [
        ValidationErrorKind.StringExpected, ValidationErrorKind.NumberExpected, ValidationErrorKind.IntegerExpected, ValidationErrorKind.BooleanExpected,
        ValidationErrorKind.ObjectExpected, ValidationErrorKind.ArrayExpected, ValidationErrorKind.NullExpected,
    ];

    private static readonly HashSet<ValidationErrorKind> FormatKinds =
    [
        ValidationErrorKind.DateTimeExpected, ValidationErrorKind.DateExpected, ValidationErrorKind.TimeExpected, ValidationErrorKind.TimeSpanExpected,
        ValidationErrorKind.UriExpected, ValidationErrorKind.IpV4Expected, ValidationErrorKind.IpV6Expected, ValidationErrorKind.GuidExpected,
        ValidationErrorKind.UuidExpected, ValidationErrorKind.EmailExpected, ValidationErrorKind.HostnameExpected, ValidationErrorKind.Base64Expected,
    ];

    public static string TypeName(JsonSchema? schema)
    {
        var actual = schema?.ActualSchema;
        if (actual is null || actual.Type == JsonObjectType.None)
        {
            return actual?.AnyOf.Count > 0 ? string.Join(" or ", actual.AnyOf.Select(TypeName).Distinct()) : "any";
        }

        var names = System.Enum.GetValues<JsonObjectType>()
            .Where(t => t != JsonObjectType.None && actual.Type.HasFlag(t))
            .Select(t => t.ToString().ToLowerInvariant());
        var text = string.Join("|", names);
        return actual.Format is { Length: > 0 } format ? $"{text} ({format})" : text;
    }

    public static string TokenType(JToken? token) => token?.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.String => "a string",
        JTokenType.Integer => "an integer",
        JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        JTokenType.Null => "null",
        _ => "a value",
    };

    public static string Preview(JToken? token)
    {
        var text = token?.ToString(Formatting.None) ?? "(none)";
        return text.Length > 120 ? text[..120] + "..." : text;
    }

    private static string Enum(JsonSchema? schema)
        => string.Join(", ", schema?.ActualSchema.Enumeration.Select(v => v is null ? "null" : JsonConvert.SerializeObject(v)) ?? []);

    private static string Describe(JsonSchema? schema)
    {
        var actual = schema?.ActualSchema;
        if (actual is null)
        {
            return "";
        }

        var rules = new List<string>();
        if (actual.Minimum is { } min) rules.Add($"minimum {min}");
        if (actual.Maximum is { } max) rules.Add($"maximum {max}");
        if (actual.MinLength is { } minLength) rules.Add($"minLength {minLength}");
        if (actual.MaxLength is { } maxLength) rules.Add($"maxLength {maxLength}");
        if (actual.Pattern is { } pattern) rules.Add($"pattern {pattern}");
        if (actual.MaxItems > 0) rules.Add($"maxItems {actual.MaxItems}");
        if (actual.MinItems > 0) rules.Add($"minItems {actual.MinItems}");
        return rules.Count > 0 ? string.Join(", ", rules) : TypeName(actual);
    }

    /// <summary>NJsonSchema's own path (<c>#/a.b[0]</c>) as a pointer, for the rare error without a token.</summary>
    private static string FromPath(string? path)
    {
        var text = (path ?? "#/").TrimStart('#').TrimStart('/');
        if (text.Length == 0)
        {
            return "";
        }

        return "/" + text.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace('.', '/');
    }
}
