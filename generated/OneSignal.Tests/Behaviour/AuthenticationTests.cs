using OneSignal.Tests.Infrastructure;

namespace OneSignal.Tests.Behaviour;

/// <summary>
/// Which key goes with which operation: the organization API key exactly on the eleven operations on
/// apps, API keys, template copies and audit logs, the REST API key on every other, and a missing key
/// fails before anything is sent.
/// </summary>
public sealed class AuthenticationTests : IDisposable
{
    /// <summary>The operations OneSignal documents as taking the organization API key.</summary>
    public static readonly string[] OrganizationOperations =
    [
        "get_apps", "create_app", "get_app", "update_app", "copy_template_to_app", "view_api_keys",
        "create_api_key", "update_api_key", "delete_api_key", "rotate_api_key", "list_audit_logs",
    ];

    private readonly FakeOneSignal _fake = new();

    public static TheoryData<string> OrganizationOperationData => new(OrganizationOperations);

    public static TheoryData<string> RestOperationSample => new("create_notification", "get_notifications", "create_user", "view_templates", "export_subscriptions", "get_segments");

    public void Dispose() => _fake.Dispose();

    [Fact]
    public void TheSpecGivesTheOrganizationKeyToExactlyTheElevenOperationsAndTheRestApiKeyToTheOther43()
    {
        var schemes = SpecOperations.Schemes;

        Assert.Equal(54, schemes.Count);
        Assert.Equal(OrganizationOperations.Order(), schemes.Where(s => s.Value == SpecOperations.OrganizationApiKey).Select(s => s.Key).Order());
        Assert.Equal(43, schemes.Count(s => s.Value == SpecOperations.RestApiKey));
    }

    [Fact]
    public void TheClientHasOneMethodForEveryOperationOfTheSpec()
    {
        Assert.Equal(SpecOperations.Schemes.Keys.Order(), ClientOperation.All.Select(o => o.OperationId).Order());
    }

    [Fact]
    public async Task EveryOperationSendsTheKeyOfItsSchemeAndOnlyThat()
    {
        _fake.AnswerAnything(200, "{}");
        var client = _fake.Client();

        var sent = new List<string>();
        foreach (var operation in ClientOperation.All)
        {
            _fake.ResetLog();
            try
            {
                await operation.Call(client);
            }
            catch (OneSignalApiException)
            {
                // "{}" is not every operation's answer (get_apps answers a list); the request went out all the same.
            }

            var request = await _fake.Single();
            var expected = SpecOperations.Schemes[operation.OperationId] == SpecOperations.OrganizationApiKey ? FakeOneSignal.OrganizationApiKey : FakeOneSignal.RestApiKey;
            sent.Add($"{operation.OperationId}: {request.Authorization}");
            Assert.True("Key " + expected == request.Authorization, $"{operation} sent '{request.Authorization}', expected 'Key {expected}'");
            Assert.Single(request.Header("Authorization")!.Split(','));
        }

        Assert.Equal(11, sent.Count(s => s.EndsWith(FakeOneSignal.OrganizationApiKey, StringComparison.Ordinal)));
        Assert.Equal(43, sent.Count(s => s.EndsWith(FakeOneSignal.RestApiKey, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(OrganizationOperationData))]
    public async Task WithoutTheOrganizationKeyAnOperationThatNeedsItFailsBeforeSending(string operationId)
    {
        _fake.AnswerAnything(200, "{}");
        var client = _fake.Client(options => options.OrganizationApiKey = null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ClientOperation.Get(operationId).Call(client));

        Assert.StartsWith(operationId + " needs", error.Message);
        Assert.Contains("OneSignalClientOptions.OrganizationApiKey", error.Message);
        Assert.Contains("Nothing was sent", error.Message);
        Assert.Empty(_fake.Requests);
    }

    [Theory]
    [MemberData(nameof(RestOperationSample))]
    public async Task WithoutTheRestApiKeyAnOperationThatNeedsItFailsBeforeSending(string operationId)
    {
        _fake.AnswerAnything(200, "{}");
        var client = _fake.Client(options => options.RestApiKey = "");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ClientOperation.Get(operationId).Call(client));

        Assert.StartsWith(operationId + " needs", error.Message);
        Assert.Contains("OneSignalClientOptions.RestApiKey", error.Message);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task OnlyTheRestApiKeyIsEnoughForTheOperationsThatTakeIt()
    {
        _fake.Answer("GET", "/templates", 200, """{"templates":[],"total_count":0}""");
        var client = _fake.Client(options => options.OrganizationApiKey = null);

        await client.Templates.ViewTemplatesAsync(FakeOneSignal.AppId, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Key " + FakeOneSignal.RestApiKey, (await _fake.Single()).Authorization);
    }
}
