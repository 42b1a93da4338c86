using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenApiCodegen.Tests.Client;

/// <summary>
/// A loopback HTTP server that drops the first <c>dropCount</c> connections (a real dropped connection,
/// which WireMock cannot simulate): before answering, or halfway through the body it announced. Later
/// connections get a fixed JSON body, with a Content-Length or chunked.
/// </summary>
internal sealed class DroppingServer : IDisposable
{
    public enum Drop
    {
        BeforeAnswer,
        MidBody,
    }

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _dropCount;
    private readonly string _json;
    private readonly Drop _drop;
    private readonly bool _chunked;
    private readonly Task _loop;
    private int _connections;

    public DroppingServer(int dropCount, string json, Drop drop = Drop.BeforeAnswer, bool chunked = false)
    {
        _dropCount = dropCount;
        _json = json;
        _drop = drop;
        _chunked = chunked;
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1";

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The start of each request as received (request line and headers), in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The value of a header in each request received, in order.</summary>
    public IReadOnlyList<string?> Header(string name)
        => Requests.Select(r => r.Split("\r\n").FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim()).ToList();

    private async Task AcceptLoop()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException or InvalidOperationException)
            {
                // Stopped: while waiting, or (InvalidOperationException, "not listening") before the first wait began.
                return;
            }

            var number = Interlocked.Increment(ref _connections);
            using (client)
            {
                var stream = client.GetStream();
                var buffer = new byte[8192];
                var read = await stream.ReadAsync(buffer); // the request line and headers are enough
                Requests.Enqueue(Encoding.ASCII.GetString(buffer, 0, read));
                var body = Encoding.UTF8.GetBytes(_json);
                var dropping = number <= _dropCount;
                if (dropping && _drop == Drop.BeforeAnswer)
                {
                    client.Client.LingerState = new LingerOption(true, 0); // reset, not a clean close
                    continue;
                }

                var length = _chunked && !dropping ? "Transfer-Encoding: chunked" : $"Content-Length: {body.Length}";
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{length}\r\nConnection: close\r\n\r\n"));
                if (dropping)
                {
                    await stream.WriteAsync(body.AsMemory(0, body.Length / 2));
                    await stream.FlushAsync();
                    client.Client.LingerState = new LingerOption(true, 0);
                    continue;
                }

                if (_chunked)
                {
                    // Small chunks, so the client reads a body of unknown length in many pieces.
                    for (var offset = 0; offset < body.Length; offset += 1000)
                    {
                        var chunk = body.AsMemory(offset, Math.Min(1000, body.Length - offset));
                        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n"));
                        await stream.WriteAsync(chunk);
                        await stream.WriteAsync("\r\n"u8.ToArray());
                    }

                    await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
                }
                else
                {
                    await stream.WriteAsync(body);
                }
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
