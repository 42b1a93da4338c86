using static OpenApiCodegen.SpecDiff.Tests.Infrastructure.Specs;

namespace OpenApiCodegen.SpecDiff.Tests.Rules;

/// <summary>
/// For every rule, a smallest pair of specs that shows it: the old spec, the new spec, and the rule
/// id the diff must report. <see cref="RuleCoverageTests"/> checks each case and that no rule lacks one.
/// </summary>
internal static class RuleCases
{
    /// <summary>One example: the rule it must show, and the two specs.</summary>
    public sealed record Case(string RuleId, string OldSpec, string NewSpec);

    public sealed class CaseList : List<Case>
    {
        public void Add(string ruleId, string oldSpec, string newSpec) => Add(new Case(ruleId, oldSpec, newSpec));
    }

    public static CaseList All()
    {
        var cases = new CaseList();
        AddOperationCases(cases);
        AddParameterCases(cases);
        AddBodyCases(cases);
        AddResponseCases(cases);
        AddComponentCases(cases);
        AddSecurityCases(cases);
        AddServerCases(cases);
        AddSchemaCases(cases);
        return cases;
    }

    private static void AddOperationCases(CaseList cases)
    {
        var list = Operation("get", "/pets", "operationId: list_pets");
        cases.Add("operation-added", list, Document(Paths(list) + Path("/pets/{id}", "get", "operationId: get_pet\nparameters: [{name: id, in: path, required: true, schema: {type: string}}]")));
        cases.Add("operation-removed", Document(Paths(list) + Path("/toys", "get", "operationId: list_toys")), list);
        cases.Add("operation-renamed", list, Operation("get", "/pets", "operationId: get_pets"));
        cases.Add("path-moved", list, Operation("get", "/animals", "operationId: list_pets"));
        cases.Add("operation-deprecated", list, Operation("get", "/pets", "operationId: list_pets\ndeprecated: true"));
        cases.Add("operation-group-changed", Operation("get", "/pets", "operationId: list_pets\ntags: [pets]"), Operation("get", "/pets", "operationId: list_pets\ntags: [animals]"));
    }

    private static void AddParameterCases(CaseList cases)
    {
        var none = Operation("get", "/pets", "operationId: list_pets");
        var optional = Operation("get", "/pets", "operationId: list_pets\nparameters: [{name: limit, in: query, schema: {type: integer}}]");
        var required = Operation("get", "/pets", "operationId: list_pets\nparameters: [{name: limit, in: query, required: true, schema: {type: integer}}]");
        var header = Operation("get", "/pets", "operationId: list_pets\nparameters: [{name: limit, in: header, schema: {type: integer}}]");
        cases.Add("parameter-added", none, optional);
        cases.Add("parameter-added-required", none, required);
        cases.Add("parameter-removed", optional, none);
        cases.Add("parameter-required-added", optional, required);
        cases.Add("parameter-required-removed", required, optional);
        cases.Add("parameter-location-changed", optional, header);
        cases.Add("parameter-type-changed", WithParameter("{type: string}"), WithParameter("{type: integer}"));
        cases.Add("parameter-enum-value-removed", WithParameter("{type: string, enum: [cat, dog]}"), WithParameter("{type: string, enum: [cat]}"));
    }

    private static void AddBodyCases(CaseList cases)
    {
        var none = Operation("post", "/pets", "operationId: create_pet");
        const string json = "content: {application/json: {schema: {type: object}}}";
        var optional = Operation("post", "/pets", "operationId: create_pet\nrequestBody: {" + json + "}");
        var required = Operation("post", "/pets", "operationId: create_pet\nrequestBody: {required: true, " + json + "}");
        var twoTypes = Operation("post", "/pets", "operationId: create_pet\nrequestBody: {content: {application/json: {schema: {type: object}}, application/xml: {schema: {type: object}}}}");
        cases.Add("request-body-added", none, optional);
        cases.Add("request-body-added-required", none, required);
        cases.Add("request-body-removed", optional, none);
        cases.Add("request-body-required-added", optional, required);
        cases.Add("request-body-required-removed", required, optional);
        cases.Add("request-content-type-added", optional, twoTypes);
        cases.Add("request-content-type-removed", twoTypes, optional);
    }

    private static void AddResponseCases(CaseList cases)
    {
        const string ok = "'200': {description: ok, content: {application/json: {schema: {type: object}}}}";
        var one = Operation("get", "/pets", "operationId: list_pets", "{" + ok + "}");
        var created = Operation("get", "/pets", "operationId: list_pets", "{" + ok + ", '201': {description: created}}");
        var notFound = Operation("get", "/pets", "operationId: list_pets", "{" + ok + ", '404': {description: missing}}");
        var twoTypes = Operation("get", "/pets", "operationId: list_pets", "{'200': {description: ok, content: {application/json: {schema: {type: object}}, text/csv: {schema: {type: string}}}}}");
        cases.Add("response-success-status-added", one, created);
        cases.Add("response-success-status-removed", created, one);
        cases.Add("response-error-status-added", one, notFound);
        cases.Add("response-error-status-removed", notFound, one);
        cases.Add("response-content-type-added", one, twoTypes);
        cases.Add("response-content-type-removed", twoTypes, one);
    }

    private static void AddComponentCases(CaseList cases)
    {
        cases.Add("schema-added", Unused("{type: object}"), Document(string.Empty, "schemas:\n  Pet: {type: object}\n  Toy: {type: object}\n"));
        cases.Add("schema-removed", Document(string.Empty, "schemas:\n  Pet: {type: object}\n  Toy: {type: object}\n"), Unused("{type: object}"));
        cases.Add("schema-renamed", InRequest("{type: object}"), InRequest("{type: object}", name: "Animal"));
    }

    private static void AddSecurityCases(CaseList cases)
    {
        const string apiKey = "{type: apiKey, in: header, name: X-Key}";
        var keyed = Secured("[{key: []}]", "key: " + apiKey);
        cases.Add("security-scheme-added", keyed, Secured("[{key: []}]", "key: " + apiKey + "\n    other: " + apiKey));
        cases.Add("security-scheme-removed", Secured("[{key: []}]", "key: " + apiKey + "\n    other: " + apiKey), keyed);
        cases.Add("security-scheme-renamed", keyed, Secured("[{api_key: []}]", "api_key: " + apiKey));
        cases.Add("security-scheme-changed", keyed, Secured("[{key: []}]", "key: {type: apiKey, in: header, name: X-Api-Key}"));
        cases.Add("operation-security-added", Secured("[]", "key: " + apiKey), keyed);
        cases.Add("operation-security-removed", keyed, Secured("[]", "key: " + apiKey));

        var both = "key: " + apiKey + "\n    bearer: {type: http, scheme: bearer}";
        cases.Add("security-requirement-added", Secured("[{key: []}]", both), Secured("[{key: []}, {bearer: []}]", both));
        cases.Add("security-requirement-removed", Secured("[{key: []}, {bearer: []}]", both), Secured("[{key: []}]", both));

        const string oauth = "oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://auth.example.com/token', scopes: {read: r, write: w}}}}";
        cases.Add("security-scopes-added", Secured("[{oauth: [read]}]", oauth), Secured("[{oauth: [read, write]}]", oauth));
        cases.Add("security-scopes-removed", Secured("[{oauth: [read, write]}]", oauth), Secured("[{oauth: [read]}]", oauth));
    }

    private static void AddServerCases(CaseList cases)
    {
        static string Servers(params string[] urls) => Document(string.Empty, top: "servers:\n" + string.Concat(urls.Select(u => $"  - url: {u}\n")));
        cases.Add("server-changed", Servers("https://old.example.com"), Servers("https://new.example.com"));
        cases.Add("server-added", Servers("https://api.example.com"), Servers("https://api.example.com", "https://eu.example.com"));
        cases.Add("server-removed", Servers("https://api.example.com", "https://eu.example.com"), Servers("https://api.example.com"));
    }

    // One case per schema rule, in the direction where it shows best.
    private static void AddSchemaCases(CaseList cases)
    {
        const string name = "{type: object, properties: {name: {type: string}}}";
        const string nameAndAge = "{type: object, properties: {name: {type: string}, age: {type: integer}}}";
        cases.Add("request-property-added", InRequest(name), InRequest(nameAndAge));
        cases.Add("response-property-removed", InResponse(nameAndAge), InResponse(name));
        cases.Add("request-property-required-added", InRequest(name), InRequest("{type: object, required: [name], properties: {name: {type: string}}}"));
        cases.Add("response-property-required-removed", InResponse("{type: object, required: [name], properties: {name: {type: string}}}"), InResponse(name));
        cases.Add("request-type-changed", InRequest(name), InRequest("{type: object, properties: {name: {type: integer}}}"));
        cases.Add("request-format-changed", InRequest(name), InRequest("{type: object, properties: {name: {type: string, format: email}}}"));
        cases.Add("response-nullable-added", InResponse(name), InResponse("{type: object, properties: {name: {type: string, nullable: true}}}"));
        cases.Add("request-nullable-removed", InRequest("{type: object, properties: {name: {type: string, nullable: true}}}"), InRequest(name));
        cases.Add("response-enum-value-added", InResponse("{type: string, enum: [cat]}"), InResponse("{type: string, enum: [cat, dog]}"));
        cases.Add("request-enum-value-removed", InRequest("{type: string, enum: [cat, dog]}"), InRequest("{type: string, enum: [cat]}"));
        cases.Add("request-variant-added", InRequest("{oneOf: [{type: string}, {type: integer}]}"), InRequest("{oneOf: [{type: string}, {type: integer}, {type: boolean}]}"));
        cases.Add("response-variant-removed", InResponse("{oneOf: [{type: string}, {type: integer}, {type: boolean}]}"), InResponse("{oneOf: [{type: string}, {type: integer}]}"));
        // A oneOf of plain types is folded by OpenAPI.NET into one multi-type schema: use references here.
        const string catAndDog = "Cat: {type: object, properties: {meow: {type: string}}}\nDog: {type: object, properties: {bark: {type: string}}}";
        cases.Add("response-composition-changed",
            InResponse("{oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}", catAndDog),
            InResponse("{anyOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}", catAndDog));
        cases.Add("request-property-read-only-added", InRequest(name), InRequest("{type: object, properties: {name: {type: string, readOnly: true}}}"));
        cases.Add("request-property-read-only-removed", InRequest("{type: object, properties: {name: {type: string, readOnly: true}}}"), InRequest(name));
        cases.Add("response-property-write-only-added", InResponse(name), InResponse("{type: object, properties: {name: {type: string, writeOnly: true}}}"));
        cases.Add("response-property-write-only-removed", InResponse("{type: object, properties: {name: {type: string, writeOnly: true}}}"), InResponse(name));
        cases.Add("request-property-deprecated", InRequest(name), InRequest("{type: object, properties: {name: {type: string, deprecated: true}}}"));
        cases.Add("schema-property-removed", Unused(nameAndAge), Unused(name));
    }

    private static string Operation(string method, string path, string operationYaml, string responses = "{'204': {description: done}}") =>
        Document(Path(path, method, operationYaml, responses));

    // "paths" fragment for one operation; operationYaml lines are indented under the method.
    private static string Path(string path, string method, string operationYaml, string responses = "{'204': {description: done}}") =>
        $"{path}:\n  {method}:\n" + string.Concat(operationYaml.Split('\n').Select(l => "    " + l + "\n")) + $"    responses: {responses}\n";

    // The paths fragment back out of a document made by Operation, to add another path to it.
    private static string Paths(string document)
    {
        var start = document.IndexOf("paths:\n", StringComparison.Ordinal) + "paths:\n".Length;
        return string.Concat(document[start..].Split('\n').Where(l => l.Length > 0).Select(l => l[2..] + "\n"));
    }

    private static string Secured(string security, string schemes) => Document(
        Path("/pets", "get", "operationId: list_pets\nsecurity: " + security),
        "securitySchemes:\n    " + schemes + "\n");
}
