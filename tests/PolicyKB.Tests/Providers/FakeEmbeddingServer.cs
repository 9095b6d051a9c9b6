using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyKB.Tests.Providers;

/// <summary>
/// A scripted OpenAI-compatible /v1/embeddings endpoint on 127.0.0.1 (real HTTP through HttpListener). Each input's
/// vector is [length of the input, its index in the request, 1], so a test can tell which text landed where.
/// Requests are recorded; <see cref="FailNext"/> makes the next requests answer with an error status.
/// </summary>
internal sealed class FakeEmbeddingServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private int _failures;
    private int _failureStatus;

    public FakeEmbeddingServer()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public Uri BaseAddress { get; }

    /// <summary>The base URL clients are configured with.</summary>
    public string Endpoint => BaseAddress + "v1";

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Answer floats even when the client asks for base64, as some local servers do.</summary>
    public bool IgnoreEncodingFormat { get; set; }

    public void FailNext(int count, int status = 500)
    {
        _failures = count;
        _failureStatus = status;
    }

    public void Dispose()
    {
        // Close alone: after Stop, the managed listener's Close looks the port up again and re-binds it, which fails with
        // "Address already in use" when a parallel test has meanwhile been given the freed port.
        try { _listener.Close(); } catch (HttpListenerException) { }
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var request = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], JsonNode.Parse(body)!.AsObject());
            lock (Requests) Requests.Add(request);
            var (status, reply) = Reply(request);
            var bytes = Encoding.UTF8.GetBytes(reply);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private (int Status, string Body) Reply(RecordedRequest request)
    {
        if (_failures > 0)
        {
            _failures--;
            return (_failureStatus, """{"error":{"message":"model crashed","type":"server_error"}}""");
        }
        if (request.Path != "/v1/embeddings") return (404, """{"error":{"message":"not found"}}""");
        var inputs = request.Inputs;
        var base64 = !IgnoreEncodingFormat && (string?)request.Body["encoding_format"] == "base64";
        var data = new JsonArray();
        for (var i = 0; i < inputs.Count; i++)
        {
            float[] vector = [inputs[i].Length, i, 1];
            JsonNode embedding = base64
                ? JsonValue.Create(Convert.ToBase64String(vector.SelectMany(BitConverter.GetBytes).ToArray()))
                : new JsonArray(vector.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }
        var reply = new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = (string?)request.Body["model"],
            ["usage"] = new JsonObject { ["prompt_tokens"] = inputs.Count, ["total_tokens"] = inputs.Count },
        };
        return (200, reply.ToJsonString());
    }

    /// <summary>One request as the server saw it.</summary>
    internal sealed record RecordedRequest(string Method, string Path, string? Authorization, JsonObject Body)
    {
        /// <summary>The "input" field as a list (a lone string counts as one input).</summary>
        public List<string> Inputs => Body["input"] switch
        {
            JsonArray array => array.Select(n => (string)n!).ToList(),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => [(string)value!],
            _ => [],
        };
    }
}
