using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A small OpenAI-compatible chat completion server on 127.0.0.1 (real HTTP, Kestrel) that records every request and
/// answers with scripted replies, streamed as server-sent chunks the way OpenAI, Ollama and vLLM stream them.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _lock = new();

    private FakeChatServer(WebApplication app) => _app = app;

    /// <summary>A request as received: its JSON body and Authorization header.</summary>
    public sealed record RecordedRequest(string Path, JsonElement Body, string? Authorization);

    /// <summary>The chunks of the next replies (each reply's content pieces, in order).</summary>
    public IReadOnlyList<string> Chunks { get; set; } = ["Không tìm thấy nội dung này trong các văn bản hiện có."];

    /// <summary>Delay before every chunk after the first.</summary>
    public TimeSpan ChunkDelay { get; set; } = TimeSpan.Zero;

    /// <summary>When set, every request fails with this status code.</summary>
    public int? FailWith { get; set; }

    /// <summary>The base URL to configure as PolicyKB:Chat:Endpoint ("http://127.0.0.1:PORT/v1").</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Requests received so far.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_lock) return _requests.ToList(); }
    }

    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatServer(app);
        app.MapPost("/v1/chat/completions", server.CompleteAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    private async Task CompleteAsync(HttpContext context)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        lock (_lock) _requests.Add(new RecordedRequest(context.Request.Path, body, context.Request.Headers.Authorization.ToString()));
        if (FailWith is { } status)
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error" } });
            return;
        }
        var model = body.GetProperty("model").GetString();
        if (!(body.TryGetProperty("stream", out var stream) && stream.GetBoolean()))
        {
            await context.Response.WriteAsJsonAsync(new
            {
                id = "chatcmpl-fake", @object = "chat.completion", created = 1_700_000_000, model,
                choices = new[] { new { index = 0, message = new { role = "assistant", content = string.Concat(Chunks) }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
            });
            return;
        }
        context.Response.ContentType = "text/event-stream";
        for (var i = 0; i < Chunks.Count; i++)
        {
            if (i > 0 && ChunkDelay > TimeSpan.Zero) await Task.Delay(ChunkDelay);
            var delta = i == 0 ? (object)new { role = "assistant", content = Chunks[i] } : new { content = Chunks[i] };
            await WriteChunkAsync(context, new
            {
                id = "chatcmpl-fake", @object = "chat.completion.chunk", created = 1_700_000_000, model,
                choices = new[] { new { index = 0, delta, finish_reason = (string?)null } },
            });
        }
        await WriteChunkAsync(context, new
        {
            id = "chatcmpl-fake", @object = "chat.completion.chunk", created = 1_700_000_000, model,
            choices = new[] { new { index = 0, delta = new { }, finish_reason = "stop" } },
        });
        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static async Task WriteChunkAsync(HttpContext context, object chunk)
    {
        await context.Response.WriteAsync("data: " + JsonSerializer.Serialize(chunk) + "\n\n");
        await context.Response.Body.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
