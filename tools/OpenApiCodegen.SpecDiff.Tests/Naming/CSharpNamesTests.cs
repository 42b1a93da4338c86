using Microsoft.OpenApi;
using OpenApiCodegen.SpecDiff.Naming;

namespace OpenApiCodegen.SpecDiff.Tests.Naming;

public sealed class CSharpNamesTests
{
    [Theory]
    [InlineData("foo_bar", "FooBar")]
    [InlineData("inline_response_200_3", "InlineResponse2003")]
    [InlineData("BasicNotification_allOf", "BasicNotificationAllOf")]
    public void Schema_names_become_type_names(string schema, string type) => Assert.Equal(type, CSharpNames.Type(schema));

    [Theory]
    [InlineData("ios_badgeType", "IosBadgeType")]
    [InlineData("isWP_WNS", "IsWPWns")]
    [InlineData("app_id", "AppId")]
    public void Property_names_become_member_names(string property, string member) => Assert.Equal(member, CSharpNames.Property(property));

    [Fact]
    public void Parameters_are_camel_case_and_escaped()
    {
        Assert.Equal("appId", CSharpNames.Parameter("app_id"));
        Assert.Equal("@event", CSharpNames.Parameter("event"));
    }

    [Fact]
    public void A_method_is_the_first_tag_group_and_the_operation_id()
    {
        var tagged = new OpenApiOperation { OperationId = "fetch_user", Tags = new HashSet<OpenApiTagReference> { new("users") } };
        var untagged = new OpenApiOperation { OperationId = "create_notification" };

        Assert.Equal("Users.FetchUserAsync", CSharpNames.Method(tagged, "GET", "/users/{id}"));
        Assert.Equal("Client.CreateNotificationAsync", CSharpNames.Method(untagged, "POST", "/notifications"));
    }

    [Fact]
    public void Inline_types_are_named_after_their_operation_as_the_generator_names_them()
    {
        Assert.Equal("CreateNotificationRequest", CSharpNames.RequestBodyType("CreateNotification"));
        Assert.Equal("CreateNotificationResponse", CSharpNames.ResponseBodyType("CreateNotification", "200", successCount: 1));
        Assert.Equal("CreateUser201Response", CSharpNames.ResponseBodyType("CreateUser", "201", successCount: 3));
        Assert.Equal("CreateUserDefaultError", CSharpNames.ResponseBodyType("CreateUser", "default", successCount: 1));
    }

    [Fact]
    public void Nested_inline_types_match_what_the_generator_emits_for_OneSignal()
    {
        // Checked against `generate` on the v5.12.0 spec: BasicNotification_allOf.aggregation gives
        // BasicNotificationAllOfAggregation (the generator's split of "allOf" into "all", "Of" keeps it
        // in the name), Filter.relation gives FilterRelation, get_notifications' kind gives GetNotificationsKind.
        Assert.Equal("BasicNotificationAllOfAggregation", CSharpNames.NestedType(OpenApiCodegen.Parse.SchemaMapper.HintFrom("BasicNotification_allOf"), "aggregation"));
        Assert.Equal("FilterRelation", CSharpNames.NestedType(OpenApiCodegen.Parse.SchemaMapper.HintFrom("Filter"), "relation"));
        Assert.Equal("GetNotificationsKind", CSharpNames.ParameterType("GetNotifications", "kind"));
    }
}
