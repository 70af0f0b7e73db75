using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Quarry.Tests.Shared;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 for download tests: serves byte arrays by path, honours `Range: bytes=N-`,
/// answers 404 for unknown paths, and can drop the connection part-way through a file to simulate an interrupted transfer.
/// </summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _dropAfter = new(StringComparer.Ordinal);
    private readonly List<string> _requests = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LocalHttpServer()
    {
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _loop = Task.Run(AcceptLoop);
    }

    /// <summary>`http://127.0.0.1:PORT`, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Every request so far as "GET /path range=bytes=N-" (range empty when absent).</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Serves <paramref name="content"/> at `/{name}`.</summary>
    public void Serve(string name, byte[] content)
    {
        lock (_files)
        {
            _files["/" + name] = content;
        }
    }

    /// <summary>The next full or ranged response for `/{name}` sends only <paramref name="bytes"/> body bytes, then closes the connection.</summary>
    public void DropOnceAfter(string name, int bytes)
    {
        lock (_files)
        {
            _dropAfter["/" + name] = bytes;
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => Handle(client));
        }
    }

    private async Task Handle(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var (path, range) = await ReadRequest(stream);
                lock (_requests)
                {
                    _requests.Add($"GET {path} range={range}");
                }

                await Respond(stream, path, range);
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task Respond(NetworkStream stream, string path, string range)
    {
        byte[]? content;
        int? drop = null;
        lock (_files)
        {
            _files.TryGetValue(path, out content);
            if (_dropAfter.Remove(path, out int n))
            {
                drop = n;
            }
        }

        if (content is null)
        {
            await WriteHead(stream, "404 Not Found", 0, null);
            return;
        }

        long from = 0;
        if (range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-'))
        {
            from = long.Parse(range[6..^1]);
            if (from >= content.Length)
            {
                await WriteHead(stream, "416 Range Not Satisfiable", 0, $"Content-Range: bytes */{content.Length}");
                return;
            }
        }

        string status = from > 0 ? "206 Partial Content" : "200 OK";
        string? extra = from > 0 ? $"Content-Range: bytes {from}-{content.Length - 1}/{content.Length}" : null;
        await WriteHead(stream, status, content.Length - from, extra);
        int count = (int)(content.Length - from);
        if (drop is { } d && d < count)
        {
            await stream.WriteAsync(content.AsMemory((int)from, d));
            await stream.FlushAsync();
            return; // closing here leaves the client short of Content-Length: an interrupted transfer
        }

        await stream.WriteAsync(content.AsMemory((int)from, count));
    }

    private static async Task WriteHead(NetworkStream stream, string status, long length, string? extra)
    {
        var head = new StringBuilder();
        head.Append($"HTTP/1.1 {status}\r\nContent-Length: {length}\r\nAccept-Ranges: bytes\r\nConnection: close\r\n");
        if (extra is not null)
        {
            head.Append(extra).Append("\r\n");
        }

        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
    }

    private static async Task<(string Path, string Range)> ReadRequest(NetworkStream stream)
    {
        var bytes = new List<byte>();
        byte[] one = new byte[1];
        while (bytes.Count < 65536)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                break;
            }

            bytes.Add(one[0]);
            if (bytes.Count >= 4 && bytes[^1] == '\n' && bytes[^2] == '\r' && bytes[^3] == '\n' && bytes[^4] == '\r')
            {
                break;
            }
        }

        string[] lines = Encoding.ASCII.GetString([.. bytes]).Split("\r\n");
        string path = lines[0].Split(' ') is { Length: >= 2 } parts ? Uri.UnescapeDataString(parts[1]) : "/";
        string range = lines.FirstOrDefault(l => l.StartsWith("Range:", StringComparison.OrdinalIgnoreCase))?[6..].Trim() ?? "";
        return (path, range);
    }
}
