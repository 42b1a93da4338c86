using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenApiCodegen.Tests.Client;

/// <summary>
/// A loopback HTTP server that drops the first <c>dropCount</c> connections without answering (a real
/// dropped connection, which WireMock cannot simulate) and answers later ones with a fixed JSON body.
/// </summary>
internal sealed class DroppingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _dropCount;
    private readonly string _json;
    private readonly Task _loop;
    private int _connections;

    public DroppingServer(int dropCount, string json)
    {
        _dropCount = dropCount;
        _json = json;
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1";

    public int Connections => Volatile.Read(ref _connections);

    private async Task AcceptLoop()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException)
            {
                return;
            }

            var number = Interlocked.Increment(ref _connections);
            using (client)
            {
                var stream = client.GetStream();
                var buffer = new byte[8192];
                _ = await stream.ReadAsync(buffer); // the request line is enough; its content does not matter
                if (number <= _dropCount)
                {
                    client.Client.LingerState = new LingerOption(true, 0); // reset, not a clean close
                    continue;
                }

                var body = Encoding.UTF8.GetBytes(_json);
                var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(head);
                await stream.WriteAsync(body);
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
