using OneSignal.Tests.Infrastructure;

namespace OneSignal.Tests.Behaviour;

/// <summary>
/// The pagers our spec declares (x-speakeasy-pagination, see spec/README.md): notifications by offset and limit,
/// journeys by cursor, each walked to the end against a fake OneSignal with several pages.
/// </summary>
public sealed class PagingTests : IDisposable
{
    private readonly FakeOneSignal _fake = new();

    public void Dispose() => _fake.Dispose();

    private static string Notifications(int offset, int count)
        => "{\"total_count\":5,\"offset\":" + offset + ",\"limit\":2,\"notifications\":["
           + string.Join(",", Enumerable.Range(offset, count).Select(i => $$"""{"id":"n{{i}}"}""")) + "]}";

    [Fact]
    public async Task EveryNotificationOfEveryPageIsWalkedByOffset()
    {
        _fake.AnswerInOrder("GET", "/notifications",
            FakeOneSignal.Json(200, Notifications(0, 2)), FakeOneSignal.Json(200, Notifications(2, 2)), FakeOneSignal.Json(200, Notifications(4, 1)));
        var client = _fake.Client();

        var ids = new List<string?>();
        await foreach (var notification in client.Analytics.GetNotificationsAllAsync(FakeOneSignal.AppId, limit: 2, cancellationToken: TestContext.Current.CancellationToken))
        {
            ids.Add(notification.Id);
        }

        Assert.Equal(["n0", "n1", "n2", "n3", "n4"], ids);
        var requests = await _fake.Received(3);
        Assert.Equal(["0", "2", "4"], requests.Select(r => r.Query("offset")));
    }

    [Fact]
    public async Task EveryJourneyIsWalkedByCursor()
    {
        _fake.AnswerInOrder("GET", $"/apps/{FakeOneSignal.AppId}/journeys",
            FakeOneSignal.Json(200, """{"journeys":[{"id":"j1"}],"has_more":true,"next_cursor":"c2"}"""),
            FakeOneSignal.Json(200, """{"journeys":[{"id":"j2"}],"has_more":false,"next_cursor":null}"""));
        var client = _fake.Client();

        var ids = new List<string?>();
        await foreach (var journey in client.Journeys.ViewJourneysAllAsync(FakeOneSignal.AppId, cancellationToken: TestContext.Current.CancellationToken))
        {
            ids.Add(journey.Id);
        }

        Assert.Equal(["j1", "j2"], ids);
        var requests = await _fake.Received(2);
        Assert.Equal([null, "c2"], requests.Select(r => r.Query("cursor")));
    }
}
