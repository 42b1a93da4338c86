using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OneSignal.Tests.Infrastructure;

/// <summary>
/// WireMock.Net playing OneSignal's API at the root of its own address (paths as the spec has them),
/// with the keys and app id the tests use, and what it received.
/// </summary>
internal sealed class FakeOneSignal : IDisposable
{
    public const string RestApiKey = "rest-key-3f9a";
    public const string OrganizationApiKey = "org-key-77c1";
    public const string AppId = "9f2c1e3a-5b7d-4c8e-a1f0-2d3b4c5e6f70";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HttpClient _http = new();

    public Uri BaseAddress => new(_server.Url!);

    /// <summary>A plain client with both keys, pointed at this server; no retries unless <paramref name="configure"/> asks.</summary>
    public OneSignalClient Client(Action<OneSignalClientOptions>? configure = null)
    {
        var options = new OneSignalClientOptions
        {
            BaseAddress = BaseAddress,
            RestApiKey = RestApiKey,
            OrganizationApiKey = OrganizationApiKey,
            MaxRetries = 0,
        };
        configure?.Invoke(options);
        return new OneSignalClient(_http, options);
    }

    public void Answer(string method, string path, int status, string json, params (string Name, string Value)[] headers)
        => Answer(method, path, Json(status, json, headers));

    public void Answer(string method, string path, IResponseBuilder answer)
        => _server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(answer);

    /// <summary>Answers every request that no other answer matches.</summary>
    public void AnswerAnything(int status, string json)
        => _server.Given(Request.Create().WithPath(new WildcardMatcher("/*")).UsingAnyMethod()).AtPriority(int.MaxValue).RespondWith(Json(status, json));

    /// <summary>The first request gets the first answer, and so on; the last answer repeats.</summary>
    public void AnswerInOrder(string method, string path, params IResponseBuilder[] answers)
    {
        var scenario = Guid.NewGuid().ToString();
        for (var i = 0; i < answers.Length; i++)
        {
            var mapping = _server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario(scenario);
            if (i > 0)
            {
                mapping = mapping.WhenStateIs("answer" + i);
            }

            if (i < answers.Length - 1)
            {
                mapping = mapping.WillSetStateTo("answer" + (i + 1));
            }

            mapping.RespondWith(answers[i]);
        }
    }

    public static IResponseBuilder Json(int status, string json, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(json);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        return response;
    }

    /// <summary>What the server has logged so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests
        => _server.LogEntries.OrderBy(e => e.RequestMessage!.DateTime).Select(e => new RecordedRequest(e.RequestMessage!)).ToList();

    /// <summary>
    /// The requests, once <paramref name="count"/> have been logged. WireMock logs a request after it has
    /// answered it, so the client can be done before the log has caught up.
    /// </summary>
    public async Task<IReadOnlyList<RecordedRequest>> Received(int count)
    {
        for (var i = 0; i < 100 && _server.LogEntries.Count() < count; i++)
        {
            await Task.Delay(50);
        }

        var requests = Requests;
        Assert.True(requests.Count == count, $"expected {count} request(s), got {requests.Count}: {string.Join(", ", requests)}");
        return requests;
    }

    public async Task<RecordedRequest> Single() => (await Received(1))[0];

    public void ResetLog() => _server.ResetLogEntries();

    public void Dispose()
    {
        _http.Dispose();
        _server.Stop();
        _server.Dispose();
    }
}
