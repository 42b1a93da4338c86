using System.Reflection;
using System.Text.Json.Nodes;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>
/// Compiles the kitchen-sink spec together with a probe, runs the generated serialization on
/// representative JSON, and checks what comes back: a lossless round trip, tolerance of drift.
/// </summary>
public sealed class RoundTripTests
{
    private const string Probe = """
        using System.Linq;
        using System.Text.Json;
        using Kitchen.Sink;

        namespace Consumer;

        public static class Probe
        {
            private static readonly KitchenClientJsonContext Context = KitchenClientJsonContext.Default;

            public static string Pet(string json) => JsonSerializer.Serialize(JsonSerializer.Deserialize(json, Context.Pet)!, Context.Pet);

            public static string Shapes(string json)
            {
                var shapes = JsonSerializer.Deserialize<Shape[]>(json, new JsonSerializerOptions { TypeInfoResolver = Context })!;
                return string.Join(",", shapes.Select(s => s.GetType().Name));
            }

            public static string ShapesRoundTrip(string json)
            {
                var options = new JsonSerializerOptions { TypeInfoResolver = Context };
                return JsonSerializer.Serialize(JsonSerializer.Deserialize<Shape[]>(json, options), options);
            }

            public static string Describe(string json)
            {
                var pet = JsonSerializer.Deserialize(json, Context.Pet)!;
                return $"name={pet.Name ?? "<null>"} kind={pet.Kind} known={pet.Kind.IsKnown} tags={(pet.Tags is null ? "<null>" : string.Join("|", pet.Tags))} "
                    + $"status={(pet.Status is { } s ? s.Value : "<null>")} extension={string.Join("|", pet.ExtensionData.Keys.OrderBy(k => k))}";
            }

            public static string NewPet()
            {
                var pet = new Pet { Name = "Rex", Kind = PetKind.Dog, Tags = new() { "good" } };
                return JsonSerializer.Serialize(pet, Context.Pet);
            }

            public static string Filters(string json)
            {
                var options = new JsonSerializerOptions { TypeInfoResolver = Context };
                var items = JsonSerializer.Deserialize<FilterExpression[]>(json, options)!;
                var kinds = items.Select(e => e.Match(f => "filter:" + f.Field + f.Relation?.Value, o => "operator:" + o.OperatorValue?.Value, raw => "raw:" + raw.GetRawText()));
                return string.Join(",", kinds) + " => " + JsonSerializer.Serialize(items, options);
            }

            public static string StringOrNumbers(string json)
            {
                var options = new JsonSerializerOptions { TypeInfoResolver = Context };
                var items = JsonSerializer.Deserialize<StringOrNumber[]>(json, options)!;
                return string.Join(",", items.Select(i => i.IsString ? "string" : i.IsInteger ? "integer" : "raw"));
            }

            public static string Tree(string json) => JsonSerializer.Serialize(JsonSerializer.Deserialize(json, Context.TreeNode)!, Context.TreeNode);

            public static string Envelope(string json) => JsonSerializer.Serialize(JsonSerializer.Deserialize(json, Context.Envelope)!, Context.Envelope);

            public static string Stamped(string json)
                => typeof(LabelledStamp).BaseType!.Name + "<" + typeof(Labelled).BaseType!.Name + ": "
                    + JsonSerializer.Serialize(JsonSerializer.Deserialize(json, Context.LabelledStamp)!, Context.LabelledStamp);

            public static string CountedBase() => typeof(Counted).BaseType!.Name + ":" + typeof(Counted).GetProperty("Count")!.PropertyType.Name;

            public static string Merged(string json) => JsonSerializer.Serialize(JsonSerializer.Deserialize(json, Context.Merged)!, Context.Merged);

            public static string RelationNames() => $"{Relation.GreaterThan.Value}{Relation.LessThan.Value}{Relation.Equal.Value}{Relation.NotEqual.Value}:{Relation.KnownValues.Count}:{new Relation("~").IsKnown}";

            public static string Priorities(string json)
            {
                var options = new JsonSerializerOptions { TypeInfoResolver = Context };
                var values = JsonSerializer.Deserialize<Priority[]>(json, options)!;
                return string.Join(",", values.Select(v => v.Value + ":" + v.IsKnown)) + " => " + JsonSerializer.Serialize(values, options);
            }
        }
        """;

    private static readonly Lazy<Assembly> Compiled = new(() =>
    {
        var run = KitchenSinkSpec.Run(Probe);
        run.AssertCompiles();
        return CompiledAssembly.Load(run.Output);
    });

    private static string Call(string method, params object?[] arguments)
        => CompiledAssembly.Invoke(Compiled.Value, "Consumer.Probe", method, arguments);

    private static void AssertSameJson(string expected, string actual)
        => Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nActual   {actual}");

    [Fact]
    public void EveryFormatRoundTripsWithoutLoss()
    {
        const string json = """
            {"id":7,"name":"Rex","kind":"dog","nickname":"R","born":"2020-02-29","created_at":"2024-01-02T03:04:05+02:00",
             "weight":4.5,"price":19.99,"tags":["a","b"],"attributes":{"legs":4},"metadata":{"any":[1,{"x":null}]},"anything":"x",
             "photo":"AQID","homepage":"https://example.com/rex","owner_id":"0f8fad5b-d9cb-469f-a165-70867728950e",
             "feeding_interval":"PT8H","feeding_time":"07:30:00","password":"secret","legacy_code":"L1","status":"sold","limit":3,
             "isIos":true,"is_ios":false,"long":1.5,"event":"e","operator":"o","$special":"s","9lives":true,"größe":"klein",
             "parent":{"name":"Max","kind":"cat"}}
            """;
        AssertSameJson(json, Call("Pet", json));
    }

    [Fact]
    public void UnknownPropertiesAndEnumValuesAreKeptAndWrittenBack()
    {
        const string json = """{"name":"Rex","kind":"hamster","status":"adopted","brand_new_field":{"nested":[1,2]},"another":null}""";
        AssertSameJson(json, Call("Pet", json));
        Assert.Equal("name=Rex kind=hamster known=False tags=<null> status=adopted extension=another|brand_new_field", Call("Describe", json));
    }

    [Fact]
    public void FreeFormAndUnknownJsonIsWrittenBackExactlyAsReceived()
    {
        // Not re-escaped token by token: the escapes, number spellings and spacing that came in go out.
        const string json = """{"name":"Rex","kind":"dog","metadata":{"city": "caf\u00e9", "ratio": 1.50, "big": 1E+3},"anything":[ "\/" ],"unknown":{"a" : -0.0}}""";
        Assert.Equal(json, Call("Pet", json));
    }

    [Fact]
    public void ValueThatDoesNotFitItsTypeIsKeptRawInsteadOfThrowing()
    {
        // OneSignal has sent array properties as JSON strings; the client must not fail on that.
        const string json = """{"name":"Rex","kind":"dog","tags":"[\"a\",\"b\"]","limit":"ten","created_at":"not a date"}""";
        AssertSameJson(json, Call("Pet", json));
        Assert.Equal("name=Rex kind=dog known=True tags=<null> status=<null> extension=created_at|limit|tags", Call("Describe", json));
    }

    [Fact]
    public void MissingRequiredPropertyReadsAndIsNotInvented()
    {
        const string json = """{"kind":"cat"}""";
        Assert.Equal("name=<null> kind=cat known=True tags=<null> status=<null> extension=", Call("Describe", json));
        AssertSameJson(json, Call("Pet", json));
    }

    [Fact]
    public void AMissingRequiredFreeFormObjectIsNotWrittenAsNull()
    {
        AssertSameJson("""{"kind":"x"}""", Call("Envelope", """{"kind":"x"}"""));
        AssertSameJson("""{"kind":"x","payload":{"a":[1]}}""", Call("Envelope", """{"kind":"x","payload":{"a":[1]}}"""));
    }

    [Fact]
    public void UtcTimestampsAreWrittenWithZ()
    {
        var result = Call("Pet", """{"name":"Rex","kind":"dog","created_at":"2024-01-02T03:04:05Z"}""");
        Assert.Contains("\"created_at\":\"2024-01-02T03:04:05Z\"", result);
    }

    [Fact]
    public void ExplicitNullsRoundTrip()
    {
        const string json = """{"name":"Rex","kind":"dog","nickname":null,"tags":null,"parent":null}""";
        AssertSameJson(json, Call("Pet", json));
    }

    [Fact]
    public void NewObjectsStartWithSpecDefaultsAndOmitUnsetReadOnlyProperties()
    {
        AssertSameJson("""{"name":"Rex","kind":"dog","tags":["good"],"status":"available","limit":10}""", Call("NewPet"));
    }

    [Fact]
    public void DefaultsAreNotInventedWhenReading()
    {
        Assert.Contains("status=<null>", Call("Describe", """{"name":"Rex","kind":"dog"}"""));
    }

    [Fact]
    public void DiscriminatorPicksTheDerivedTypeAndUnknownValuesStayBaseType()
    {
        const string json = """[{"shape_type":"circle","radius":2},{"shape_type":"square","side":3,"label":"s"},{"shape_type":"triangle","corners":3}]""";
        Assert.Equal("Circle,Square,Shape", Call("Shapes", json));
        AssertSameJson(json, Call("ShapesRoundTrip", json));
    }

    [Fact]
    public void UnionPicksCandidateByShapeAndKeepsJsonThatFitsNone()
    {
        const string json = """[{"field":"tag","relation":">","value":"1"},{"operator":"OR"},42]""";
        var result = Call("Filters", json);
        Assert.StartsWith("filter:tag>,operator:OR,raw:42 => ", result);
        AssertSameJson(json, result.Substring(result.IndexOf("=> ", StringComparison.Ordinal) + 3));
    }

    [Fact]
    public void PrimitiveUnionTellsStringsFromIntegers()
    {
        Assert.Equal("string,integer,raw", Call("StringOrNumbers", """["abc",5,true]"""));
    }

    [Fact]
    public void RecursiveSchemasRoundTrip()
    {
        const string json = """{"value":"root","children":[{"value":"a","children":[]},{"value":"b","branch":{"node":{"value":"c"}}}]}""";
        AssertSameJson(json, Call("Tree", json));
    }

    [Fact]
    public void ConflictingAllOfPropertiesAcceptEitherDeclaration()
    {
        AssertSameJson("""{"count":"5","when":"2024-01-01T00:00:00Z"}""", Call("Merged", """{"count":"5","when":"2024-01-01T00:00:00Z"}"""));
        AssertSameJson("""{"count":5,"when":1704067200,"extra":true}""", Call("Merged", """{"count":5,"when":1704067200,"extra":true}"""));
    }

    [Fact]
    public void TypesBuiltOnSeveralReferencesDeriveFromTheFirstAndRoundTripEveryLevel()
    {
        const string json = """{"count":"3","when":null,"label":"x","stamp_id":"s1","note":"n","unknown":[1]}""";
        var result = Call("Stamped", json);
        Assert.StartsWith("Labelled<Base: ", result);
        AssertSameJson(json, result.Substring("Labelled<Base: ".Length));
    }

    [Fact]
    public void ATypeThatMakesAnInheritedPropertyRequiredIsFlattenedSoTheRequirementIsKept()
    {
        // The base's Count is optional (string?); a subclass could not make it required, a flattened type can.
        Assert.Equal("Object:String", Call("CountedBase"));
    }

    [Fact]
    public void SymbolEnumValuesHaveReadableNames()
    {
        Assert.Equal("><=!=:5:False", Call("RelationNames"));
    }

    [Fact]
    public void IntegerEnumsAreOpenToo()
    {
        Assert.Equal("5:True,7:False => [5,7]", Call("Priorities", "[5,7]"));
    }
}
