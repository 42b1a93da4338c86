using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OpenApiCodegen.Tests.Client;

/// <summary>A WireMock.Net server playing the pet shop API at /v1, and what it received.</summary>
internal sealed class MockApi : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public string Url => _server.Url! + "/v1";

    public WireMockServer Server => _server;

    public IReadOnlyList<IRequestMessage> Requests => _server.LogEntries.Select(e => e.RequestMessage!).ToList();

    public async Task WaitForRequests(int count)
    {
        for (var i = 0; i < 80 && Requests.Count < count; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(count, Requests.Count);
    }

    public IRequestMessage Single()
    {
        var requests = Requests;
        Assert.True(requests.Count == 1, $"expected one request, got {requests.Count}");
        return requests[0];
    }

    public void Json(string method, string path, int status, string body, params (string Name, string Value)[] headers)
        => Respond(method, path, Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body), headers);

    public void Empty(string method, string path, int status = 204)
        => _server.Given(Request.Create().WithPath("/v1" + path).UsingMethod(method)).RespondWith(Response.Create().WithStatusCode(status));

    public void Respond(string method, string path, IResponseBuilder response, params (string Name, string Value)[] headers)
    {
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        _server.Given(Request.Create().WithPath("/v1" + path).UsingMethod(method)).RespondWith(response);
    }

    /// <summary>Answers a sequence: the first request gets the first response, and so on; the last repeats.</summary>
    public void Sequence(string method, string path, params IResponseBuilder[] responses)
    {
        var scenario = Guid.NewGuid().ToString();
        for (var i = 0; i < responses.Length; i++)
        {
            var mapping = _server.Given(Request.Create().WithPath("/v1" + path).UsingMethod(method)).InScenario(scenario);
            if (i > 0)
            {
                mapping = mapping.WhenStateIs("step" + i);
            }

            if (i < responses.Length - 1)
            {
                mapping = mapping.WillSetStateTo("step" + (i + 1));
            }

            mapping.RespondWith(responses[i]);
        }
    }

    /// <summary>A request header by case-insensitive name, or null.</summary>
    public static string? Header(IRequestMessage request, string name)
        => request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    public static IResponseBuilder JsonResponse(int status, string body) => Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    public void Dispose() => _server.Stop();
}
