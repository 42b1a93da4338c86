using System.Text.Json.Nodes;

namespace OpenApiCodegen.Cli.Fuzzing;

/// <summary>
/// Breaks a spec the ways real specs are broken, and a few ways only an adversary would: deleted keys, scalars of the
/// wrong type, broken and circular $refs, hostile names, nesting hundreds of levels deep, odd versions, duplicated
/// entries, stray schema keywords, odd response statuses. Every choice comes from the one <see cref="Random"/>, so a
/// (seed, index) pair always gives the same spec.
/// </summary>
internal sealed class SpecMutator
{
    public static readonly string[] Kinds =
    [
        "delete-key", "swap-scalar", "break-ref", "circular-ref", "hostile-name", "deep-nesting", "odd-version", "duplicate",
        "schema-keyword", "status-code",
    ];

    private static readonly string[] BrokenRefs =
    [
        "", "#", "#/", "#/components/schemas/", "#/components/schemas/Missing", "#/definitions/Missing", "#/paths", "other.yaml",
        "other.yaml#/components/schemas/X", "https://example.com/spec.json#/X", "#/components/schemas/Pet/properties/name",
        "#/components/schemas/~", "#components/schemas/Pet", "../x.json", "#/components/parameters/Missing",
    ];

    private static readonly string[] OddVersions = ["3", "4.0.0", "3.1.9", "3.0", "2.0", "1.2", "3.0.0-rc1", "", "three"];

    private static readonly string[] Types = ["string", "integer", "number", "boolean", "array", "object", "null", "file", "unknown"];

    private static readonly string[] Formats = ["int32", "int64", "float", "double", "date", "date-time", "time", "duration", "uuid", "uri", "byte", "binary", "email", "decimal", "weird"];

    private static readonly string[] Statuses = ["2XX", "2xx", "200 ", "abc", "600", "1XX", "DEFAULT", "20", "299", "2X1", "٢٠٠", "204", "0"];

    private readonly Random _random;
    private readonly List<string> _applied = [];

    public SpecMutator(Random random) => _random = random;

    public IReadOnlyList<string> Applied => _applied;

    /// <summary>Applies one mutation of the given kind to the tree; returns the new root (a mutation may replace it).</summary>
    public JsonNode? Apply(JsonNode? root, string kind)
    {
        if (root is not JsonObject document)
        {
            return root;
        }

        var done = kind switch
        {
            "delete-key" => DeleteKey(document),
            "swap-scalar" => SwapValue(document),
            "break-ref" => BreakRef(document),
            "circular-ref" => CircularRef(document),
            "hostile-name" => HostileName(document),
            "deep-nesting" => DeepNesting(document),
            "odd-version" => OddVersion(document),
            "duplicate" => Duplicate(document),
            "schema-keyword" => SchemaKeyword(document),
            "status-code" => StatusCode(document),
            _ => null,
        };
        _applied.Add(done ?? kind + " (nothing to apply it to)");
        return document;
    }

    /// <summary>Records a mutation that could not be applied to this tree.</summary>
    public void Skipped(string kind, string reason) => _applied.Add(kind + " (skipped: " + reason + ")");

    private string? DeleteKey(JsonObject document)
    {
        var objects = Nodes(document).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return null;
        }

        var target = Pick(objects);
        var key = Pick(target.Select(p => p.Key).ToList());
        target.Remove(key);
        return $"delete-key {Path(target)}/{key}";
    }

    private string? SwapValue(JsonObject document)
    {
        var candidates = Nodes(document).Where(n => n is not null && n.Parent is not null).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var target = Pick(candidates)!;
        var path = Path(target);
        Replace(target, RandomValue());
        return "swap-scalar " + path;
    }

    private string? BreakRef(JsonObject document)
    {
        var refs = Nodes(document).OfType<JsonObject>().Where(o => o.ContainsKey("$ref")).ToList();
        var value = Pick(BrokenRefs);
        if (refs.Count == 0 || _random.Next(4) == 0)
        {
            var schemas = SchemaLike(document);
            if (schemas.Count == 0)
            {
                return null;
            }

            var host = Pick(schemas);
            host["$ref"] = value;
            return $"break-ref add {Path(host)} -> '{value}'";
        }

        var target = Pick(refs);
        target["$ref"] = value;
        return $"break-ref {Path(target)} -> '{value}'";
    }

    private string? CircularRef(JsonObject document)
    {
        var (schemas, prefix) = ComponentSchemas(document);
        if (schemas is null || schemas.Count == 0)
        {
            return null;
        }

        var names = schemas.Select(p => p.Key).ToList();
        var a = Pick(names);
        var b = Pick(names);
        switch (_random.Next(5))
        {
            case 0:
                schemas[a] = Ref(prefix + a);
                return $"circular-ref {a} -> {a}";
            case 1:
                schemas[a] = Ref(prefix + b);
                schemas[b] = Ref(prefix + a);
                return $"circular-ref {a} -> {b} -> {a}";
            case 2:
                schemas[a] = new JsonObject { ["allOf"] = new JsonArray(Ref(prefix + a), schemas[a]?.DeepClone() ?? new JsonObject()) };
                return $"circular-ref {a} allOf itself";
            case 3:
                schemas[a] = new JsonObject { ["type"] = "array", ["items"] = Ref(prefix + a) };
                return $"circular-ref {a} array of itself";
            default:
                schemas[a] = new JsonObject { ["oneOf"] = new JsonArray(Ref(prefix + a), Ref(prefix + b), new JsonObject { ["type"] = "string" }) };
                return $"circular-ref {a} oneOf itself and {b}";
        }
    }

    private string? HostileName(JsonObject document)
    {
        var name = Pick(HostileNames.All);
        var nodes = Nodes(document).ToList();
        switch (_random.Next(6))
        {
            case 0:
                var (schemas, prefix) = ComponentSchemas(document);
                if (schemas is null || schemas.Count == 0)
                {
                    return null;
                }

                var old = Pick(schemas.Select(p => p.Key).ToList());
                if (schemas.ContainsKey(name))
                {
                    return null;
                }

                var value = schemas[old];
                schemas.Remove(old);
                schemas[name] = value;
                RenameRefs(document, prefix + Escape(old), prefix + Escape(name));
                return $"hostile-name schema {old} -> '{name}'";
            case 1:
                return RenameKeyIn(nodes, "properties", name);
            case 2:
                return SetField(nodes, o => o.ContainsKey("responses"), "operationId", name);
            case 3:
                return SetField(nodes, o => o.ContainsKey("in") && o.ContainsKey("name"), "name", name);
            case 4:
                return RenameKeyIn(nodes, "securitySchemes", name) ?? RenameKeyIn(nodes, "securityDefinitions", name);
            default:
                var operations = nodes.OfType<JsonObject>().Where(o => o.ContainsKey("responses")).ToList();
                if (operations.Count == 0)
                {
                    return null;
                }

                var operation = Pick(operations);
                operation["tags"] = new JsonArray(name);
                return $"hostile-name tag of {Path(operation)} '{name}'";
        }
    }

    private string? DeepNesting(JsonObject document)
    {
        var schemas = SchemaLike(document).Where(s => s.Parent is not null).ToList();
        if (schemas.Count == 0)
        {
            return null;
        }

        var target = Pick(schemas);
        var path = Path(target);
        var levels = _random.Next(4) == 0 ? _random.Next(60, 300) : _random.Next(1, 40);
        var wrapper = _random.Next(4);
        JsonNode current = target.DeepClone();
        for (var i = 0; i < levels; i++)
        {
            current = wrapper switch
            {
                0 => new JsonObject { ["type"] = "array", ["items"] = current },
                1 => new JsonObject { ["allOf"] = new JsonArray(current) },
                2 => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["p" + i] = current } },
                _ => new JsonObject { ["type"] = "object", ["additionalProperties"] = current },
            };
        }

        Replace(target, current);
        return $"deep-nesting {path} x{levels} ({"items,allOf,properties,additionalProperties".Split(',')[wrapper]})";
    }

    private string? OddVersion(JsonObject document)
    {
        var key = document.ContainsKey("swagger") ? "swagger" : "openapi";
        switch (_random.Next(4))
        {
            case 0:
                document.Remove(key);
                return "odd-version remove " + key;
            case 1:
                document[key] = _random.Next(2) == 0 ? JsonValue.Create(3) : JsonValue.Create(3.1);
                return "odd-version number " + document[key]!.ToJsonString();
            case 2:
                document["swagger"] = "2.0";
                document["openapi"] = "3.0.0";
                return "odd-version both swagger and openapi";
            default:
                var version = Pick(OddVersions);
                document[key] = version;
                return $"odd-version {key}: '{version}'";
        }
    }

    private string? Duplicate(JsonObject document)
    {
        var entries = Nodes(document).Where(n => n?.Parent is JsonObject && n.Parent.Parent is not null).ToList();
        if (entries.Count == 0)
        {
            return null;
        }

        var target = Pick(entries)!;
        var parent = (JsonObject)target.Parent!;
        var key = target.GetPropertyName();
        var copy = _random.Next(3) switch
        {
            0 => key.ToUpperInvariant(),
            1 => key + "_",
            _ => Pick(HostileNames.All),
        };
        if (parent.ContainsKey(copy))
        {
            return null;
        }

        parent[copy] = target.DeepClone();
        return $"duplicate {Path(target)} as '{copy}'";
    }

    private string? SchemaKeyword(JsonObject document)
    {
        var schemas = SchemaLike(document);
        if (schemas.Count == 0)
        {
            return null;
        }

        var target = Pick(schemas);
        var (keyword, value) = _random.Next(18) switch
        {
            0 => ("type", (JsonNode?)(_random.Next(3) == 0 ? new JsonArray(Pick(Types), Pick(Types)) : JsonValue.Create(Pick(Types)))),
            1 => ("format", JsonValue.Create(Pick(Formats))),
            2 => ("nullable", JsonValue.Create(true)),
            3 => ("enum", new JsonArray(RandomValue(), RandomValue(), JsonValue.Create(Pick(HostileNames.All)))),
            4 => ("default", RandomValue()),
            5 => ("discriminator", new JsonObject { ["propertyName"] = Pick(HostileNames.All) }),
            6 => ("required", new JsonArray(Pick(HostileNames.All))),
            7 => ("additionalProperties", _random.Next(2) == 0 ? JsonValue.Create(_random.Next(2) == 0) : new JsonObject { ["type"] = Pick(Types) }),
            8 => ("readOnly", JsonValue.Create(true)),
            9 => ("writeOnly", JsonValue.Create(true)),
            10 => ("deprecated", JsonValue.Create(true)),
            11 => ("oneOf", new JsonArray(Pick(schemas).DeepClone(), new JsonObject { ["type"] = Pick(Types) }, new JsonObject())),
            12 => ("anyOf", new JsonArray(Pick(schemas).DeepClone(), Pick(schemas).DeepClone())),
            13 => ("allOf", new JsonArray(Pick(schemas).DeepClone(), new JsonObject { ["properties"] = new JsonObject { [Pick(HostileNames.All)] = new JsonObject { ["type"] = "string" } } })),
            14 => ("items", _random.Next(2) == 0 ? JsonValue.Create(false) : Pick(schemas).DeepClone()),
            15 => ("properties", new JsonObject { [Pick(HostileNames.All)] = new JsonObject { ["type"] = Pick(Types) }, ["x"] = RandomValue() }),
            16 => ("x-idempotency-key", JsonValue.Create(true)),
            _ => ("const", RandomValue()),
        };
        target[keyword] = value;
        return $"schema-keyword {Path(target)}/{keyword}";
    }

    private string? StatusCode(JsonObject document)
    {
        var responses = Nodes(document).OfType<JsonObject>()
            .Where(o => KeyOf(o) == "responses")
            .ToList();
        if (responses.Count == 0)
        {
            return null;
        }

        var target = Pick(responses);
        var status = Pick(Statuses);
        var existing = target.FirstOrDefault().Value;
        if (target.ContainsKey(status))
        {
            return null;
        }

        target[status] = existing?.DeepClone() ?? new JsonObject { ["description"] = "odd" };
        return $"status-code {Path(target)} '{status}'";
    }

    private JsonNode? RandomValue() => _random.Next(17) switch
    {
        0 => null,
        1 => JsonValue.Create(true),
        2 => JsonValue.Create(false),
        3 => JsonValue.Create(0),
        4 => JsonValue.Create(-1),
        5 => JsonValue.Create(1.5),
        6 => JsonValue.Create(1e300),
        7 => JsonValue.Create(long.MaxValue),
        8 => JsonValue.Create(string.Empty),
        9 => JsonValue.Create(Pick(HostileNames.All)),
        10 => new JsonArray(),
        11 => new JsonObject(),
        12 => new JsonArray(JsonValue.Create(1), JsonValue.Create("a"), null),
        13 => new JsonObject { ["type"] = Pick(Types) },
        14 => Ref(Pick(BrokenRefs)),
        15 => JsonValue.Create("2XX"),
        _ => new JsonObject { ["$ref"] = "#/components/schemas/" + Pick(HostileNames.All) },
    };

    private string? RenameKeyIn(List<JsonNode?> nodes, string mapName, string name)
    {
        var maps = nodes.OfType<JsonObject>().Where(o => KeyOf(o) == mapName && o.Count > 0 && !o.ContainsKey(name)).ToList();
        if (maps.Count == 0)
        {
            return null;
        }

        var map = Pick(maps);
        var old = Pick(map.Select(p => p.Key).ToList());
        var value = map[old];
        map.Remove(old);
        map[name] = value;
        return $"hostile-name {Path(map)}/{old} -> '{name}'";
    }

    private string? SetField(List<JsonNode?> nodes, Func<JsonObject, bool> isTarget, string field, string name)
    {
        var targets = nodes.OfType<JsonObject>().Where(isTarget).ToList();
        if (targets.Count == 0)
        {
            return null;
        }

        var target = Pick(targets);
        target[field] = name;
        return $"hostile-name {Path(target)}/{field} -> '{name}'";
    }

    private static void RenameRefs(JsonObject document, string from, string to)
    {
        foreach (var node in Nodes(document).OfType<JsonObject>().ToList())
        {
            if (node["$ref"] is JsonValue value && value.TryGetValue<string>(out var text) && text == from)
            {
                node["$ref"] = to;
            }
        }
    }

    private static (JsonObject? Schemas, string Prefix) ComponentSchemas(JsonObject document)
        => document["components"] is JsonObject { } components && components["schemas"] is JsonObject schemas
            ? (schemas, "#/components/schemas/")
            : (document["definitions"] as JsonObject, "#/definitions/");

    /// <summary>Objects that look like schemas: they carry a type, properties, a $ref, items or a composition.</summary>
    private static List<JsonObject> SchemaLike(JsonObject document)
        => Nodes(document).OfType<JsonObject>()
            .Where(o => o.ContainsKey("type") || o.ContainsKey("properties") || o.ContainsKey("$ref") || o.ContainsKey("items") || o.ContainsKey("allOf") || o.ContainsKey("oneOf"))
            .ToList();

    /// <summary>Every node of the tree, breadth first, without recursion (a mutated tree may be hundreds of levels deep).</summary>
    private static IEnumerable<JsonNode?> Nodes(JsonNode root)
    {
        var queue = new Queue<JsonNode>();
        queue.Enqueue(root);
        var seen = 0;
        while (queue.Count > 0 && seen++ < 50_000)
        {
            var node = queue.Dequeue();
            yield return node;
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a,
                _ => [],
            };
            foreach (var child in children)
            {
                if (child is null)
                {
                    continue;
                }

                queue.Enqueue(child);
            }
        }
    }

    private static void Replace(JsonNode target, JsonNode? value)
    {
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = value;
                break;
            case JsonArray array:
                var index = target.GetElementIndex();
                array[index] = value;
                break;
        }
    }

    /// <summary>The key a node is stored under, or null for the root and array items.</summary>
    private static string? KeyOf(JsonNode node) => node.Parent is JsonObject ? node.GetPropertyName() : null;

    private static JsonObject Ref(string target) => new() { ["$ref"] = target };

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

    private static string Path(JsonNode node) => node.GetPath();

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
