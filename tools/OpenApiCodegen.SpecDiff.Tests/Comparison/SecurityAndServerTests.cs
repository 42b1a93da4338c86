using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Tests.Infrastructure;
using static OpenApiCodegen.SpecDiff.Tests.Infrastructure.Specs;

namespace OpenApiCodegen.SpecDiff.Tests.Comparison;

public sealed class SecurityAndServerTests
{
    // Two schemes with one definition, as OneSignal has: only their use tells them apart.
    private static string TwoKeys(string appScheme, string userScheme) => Document(
        "/notifications:\n  post: {operationId: create_notification, security: [{" + appScheme + ": []}], responses: {'204': {description: done}}}\n"
        + "/apps:\n  get: {operationId: get_apps, security: [{" + userScheme + ": []}], responses: {'204': {description: done}}}\n",
        $"securitySchemes:\n  {appScheme}: {{type: http, scheme: bearer}}\n  {userScheme}: {{type: http, scheme: bearer}}\n");

    [Fact]
    public void Schemes_renamed_together_are_told_apart_by_the_operations_that_use_them()
    {
        var result = Diff(TwoKeys("app_key", "user_key"), TwoKeys("rest_api_key", "organization_api_key"));

        Assert.Equal(["security-scheme-renamed", "security-scheme-renamed"], ChangeAssertions.RuleIds(result));
        Assert.Equal(
            ["AppKey renamed to RestApiKey (security scheme app_key renamed to rest_api_key)", "UserKey renamed to OrganizationApiKey (security scheme user_key renamed to organization_api_key)"],
            result.Changes.Select(c => c.Message).Order());
        Assert.All(result.Changes, c => Assert.Equal(ChangeLevel.PotentiallyBreaking, c.Level));
    }

    [Fact]
    public void A_scheme_replaced_by_one_with_another_definition_and_no_use_is_removed_and_added()
    {
        var old = Document(string.Empty, "securitySchemes:\n  key: {type: apiKey, in: header, name: X-Key}\n");
        var current = Document(string.Empty, "securitySchemes:\n  token: {type: http, scheme: bearer}\n");

        Assert.Equal(["security-scheme-added", "security-scheme-removed"], ChangeAssertions.RuleIds(Diff(old, current)));
    }

    [Fact]
    public void Document_level_security_applies_to_operations_without_their_own()
    {
        static string Spec(string security) => Document(
            "/pets:\n  get: {operationId: list_pets, responses: {'204': {description: done}}}",
            "securitySchemes:\n  key: {type: apiKey, in: header, name: X-Key}\n",
            security);

        var change = Assert.Single(Diff(Spec(string.Empty), Spec("security: [{key: []}]\n")).Changes);

        Assert.Equal("operation-security-added", change.RuleId);
        Assert.Equal("#/security", change.New!.Pointer);
        Assert.Equal("Client.ListPetsAsync now needs credentials (list_pets now requires key)", change.Message);
    }

    [Fact]
    public void An_optional_alternative_means_no_credentials_are_needed()
    {
        static string Spec(string security) => Document(
            "/pets:\n  get: {operationId: list_pets, security: " + security + ", responses: {'204': {description: done}}}",
            "securitySchemes:\n  key: {type: apiKey, in: header, name: X-Key}\n");

        Assert.Equal(["operation-security-removed"], ChangeAssertions.RuleIds(Diff(Spec("[{key: []}]"), Spec("[{key: []}, {}]"))));
    }

    [Fact]
    public void A_new_default_server_is_one_change_and_other_servers_are_a_set()
    {
        static string Servers(params string[] urls) => Document(string.Empty, top: "servers:\n" + string.Concat(urls.Select(u => $"  - url: {u}\n")));

        var moved = Diff(Servers("https://onesignal.com/api/v1"), Servers("https://api.onesignal.com"));
        var reordered = Diff(Servers("https://a.example.com", "https://b.example.com/"), Servers("https://a.example.com/", "https://b.example.com"));

        Assert.Equal("default base address changes to https://api.onesignal.com (first server https://onesignal.com/api/v1 became https://api.onesignal.com)", Assert.Single(moved.Changes).Message);
        Assert.Empty(reordered.Changes); // a trailing slash is the same address
    }
}
