using Microsoft.Extensions.AI;
using PolicyKB.Search.Providers;

namespace PolicyKB.Tests.Providers;

/// <summary>The OpenAI-compatible provider against a scripted embeddings server on 127.0.0.1 (real HTTP).</summary>
public sealed class OpenAiCompatibleEmbeddingGeneratorTests
{
    private static OpenAiCompatibleEmbeddingGenerator Generator(FakeEmbeddingServer server, Action<OpenAiEmbeddingOptions>? configure = null)
    {
        var options = new OpenAiEmbeddingOptions { Endpoint = server.Endpoint, Model = "bge-m3", MaxRetries = 0, TimeoutSeconds = 20 };
        configure?.Invoke(options);
        return OpenAiCompatibleEmbeddingGenerator.Create(options);
    }

    [Fact]
    public async Task Posts_model_and_an_input_array_to_v1_embeddings_with_the_key_as_bearer_token()
    {
        using var server = new FakeEmbeddingServer();
        using var generator = Generator(server, o => o.ApiKey = "secret");
        var embeddings = await generator.GenerateAsync(["xin chào", "y tế"]);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/embeddings", request.Path);
        Assert.Equal("Bearer secret", request.Authorization);
        Assert.Equal("bge-m3", (string?)request.Body["model"]);
        Assert.Equal(["xin chào", "y tế"], request.Inputs);
        Assert.False(request.Body.ContainsKey("dimensions"));
        Assert.Equal([8f, 0f, 1f], embeddings[0].Vector.ToArray());
        Assert.Equal([4f, 1f, 1f], embeddings[1].Vector.ToArray());
        Assert.Equal($"bge-m3@127.0.0.1:{server.BaseAddress.Port}/v1", generator.ModelId);
    }

    [Fact]
    public async Task Large_inputs_go_in_batches_of_BatchSize_and_come_back_in_order()
    {
        using var server = new FakeEmbeddingServer();
        using var generator = Generator(server, o => o.BatchSize = 2);
        string[] inputs = ["a", "bb", "ccc", "dddd", "eeeee"];
        var embeddings = await generator.GenerateAsync(inputs);

        Assert.Equal([2, 2, 1], server.Requests.Select(r => r.Inputs.Count));
        Assert.Equal(inputs, server.Requests.SelectMany(r => r.Inputs));
        Assert.Equal(inputs.Select(i => (float)i.Length), embeddings.Select(e => e.Vector.Span[0]));
        Assert.Equal(5, embeddings.Usage?.InputTokenCount);
    }

    [Fact]
    public async Task Prefixes_follow_the_input_type_which_is_not_sent_to_the_server()
    {
        using var server = new FakeEmbeddingServer();
        using var generator = Generator(server, o => { o.QueryPrefix = "query: "; o.PassagePrefix = "passage: "; });
        await generator.GenerateAsync(["bảo hiểm"], EmbeddingInputType.ForQuery());
        await generator.GenerateAsync(["bảo hiểm"], EmbeddingInputType.ForPassage());
        await generator.GenerateAsync(["bảo hiểm"]);

        Assert.Equal(["query: bảo hiểm", "passage: bảo hiểm", "passage: bảo hiểm"], server.Requests.Select(r => r.Inputs.Single()));
        Assert.All(server.Requests, r => Assert.False(r.Body.ContainsKey(EmbeddingInputType.PropertyName)));
    }

    [Fact]
    public async Task No_inputs_send_no_request()
    {
        using var server = new FakeEmbeddingServer();
        using var generator = Generator(server);
        Assert.Empty(await generator.GenerateAsync([]));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Configured_dimensions_are_requested()
    {
        using var server = new FakeEmbeddingServer();
        using var generator = Generator(server, o => o.Dimensions = 3);
        await generator.GenerateAsync(["x"]);
        Assert.Equal(3, (int?)server.Requests.Single().Body["dimensions"]);
        Assert.EndsWith("/v1/3d", generator.ModelId);
    }

    [Fact]
    public async Task Float_arrays_are_read_even_when_base64_was_asked_for()
    {
        using var server = new FakeEmbeddingServer { IgnoreEncodingFormat = true };
        using var generator = Generator(server);
        var embedding = await generator.GenerateAsync("kế hoạch");
        Assert.Equal([8f, 0f, 1f], embedding.Vector.ToArray());
    }

    [Fact]
    public async Task Http_500_becomes_an_exception_naming_the_endpoint_model_and_status()
    {
        using var server = new FakeEmbeddingServer();
        using var generator = Generator(server);
        server.FailNext(1);
        var error = await Assert.ThrowsAsync<EmbeddingServiceException>(() => generator.GenerateAsync(["x"]));
        Assert.Equal(500, error.StatusCode);
        Assert.Contains(server.Endpoint, error.Message);
        Assert.Contains("'bge-m3'", error.Message);
        Assert.Contains("HTTP 500", error.Message);
        Assert.Contains("model crashed", error.Message);
    }

    [Fact]
    public async Task A_failed_request_is_retried_MaxRetries_times()
    {
        using var server = new FakeEmbeddingServer();
        using var generator = Generator(server, o => o.MaxRetries = 1);
        server.FailNext(1, status: 503);
        var embedding = await generator.GenerateAsync("xin");
        Assert.Equal(3f, embedding.Vector.Span[0]);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_with_its_address()
    {
        Uri endpoint;
        using (var server = new FakeEmbeddingServer()) endpoint = new Uri(server.Endpoint);
        using var generator = OpenAiCompatibleEmbeddingGenerator.Create(new OpenAiEmbeddingOptions { Endpoint = endpoint.ToString(), Model = "m", MaxRetries = 0 });
        var error = await Assert.ThrowsAsync<EmbeddingServiceException>(() => generator.GenerateAsync(["x"]));
        Assert.Null(error.StatusCode);
        Assert.Contains(endpoint.ToString(), error.Message);
    }

    [Fact]
    public async Task A_bare_host_means_its_v1_path()
    {
        using var server = new FakeEmbeddingServer();
        using var generator = Generator(server, o => o.Endpoint = server.BaseAddress.ToString());
        await generator.GenerateAsync(["x"]);
        Assert.Equal("/v1/embeddings", server.Requests.Single().Path);
    }

    [Theory]
    [InlineData("", "m", "PolicyKB:Embeddings:OpenAI:Endpoint")]
    [InlineData("localhost:11434", "m", "PolicyKB:Embeddings:OpenAI:Endpoint")]
    [InlineData("ftp://example.org/v1", "m", "không phải URL http(s)")]
    [InlineData("http://127.0.0.1:9/v1", " ", "PolicyKB:Embeddings:OpenAI:Model")]
    public void Missing_or_malformed_settings_are_refused_in_Vietnamese(string endpoint, string model, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => OpenAiCompatibleEmbeddingGenerator.Create(new OpenAiEmbeddingOptions { Endpoint = endpoint, Model = model }));
        Assert.Contains(expected, error.Message);
    }
}
