using System.Text;
using Microsoft.Extensions.Configuration;
using PolicyKB.Search.Providers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Providers;

/// <summary>EmbeddingProviderFactory: one provider per configured value, Vietnamese messages for bad settings.</summary>
public sealed class EmbeddingProviderFactoryTests
{
    private static EmbeddingOptions Bind(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        return configuration.GetSection(EmbeddingOptions.Section).Get<EmbeddingOptions>()!;
    }

    private static string Escape(string path) => path.Replace("\\", "\\\\");

    [Fact]
    public void None_means_no_provider()
    {
        Assert.Null(EmbeddingProviderFactory.Create(new EmbeddingOptions { Provider = "none" }));
    }

    [Fact]
    public void Domain_loads_the_committed_model()
    {
        var path = Path.Combine(SharedData.ContentDirectory, "models", "policykb-vi-128.pkbe");
        if (!File.Exists(path)) return;
        var provider = EmbeddingProviderFactory.Create(new EmbeddingOptions { Provider = "domain", DomainModelPath = path });
        Assert.StartsWith("policykb-vi-128.pkbe@sha256:", provider!.ModelId);
    }

    [Fact]
    public void Onnx_is_configured_from_json_alone()
    {
        using var folder = new TinyModelFolder("bge-tiny");
        var options = Bind($$"""
            { "PolicyKB": { "Embeddings": { "Provider": "onnx",
              "Onnx": { "ModelDirectory": "{{Escape(folder.Directory)}}", "Pooling": "cls", "QueryPrefix": "query: ", "MaxTokens": 64, "BatchSize": 4 } } } }
            """);
        Assert.Equal(OnnxPooling.Cls, options.Onnx.Pooling);
        var provider = EmbeddingProviderFactory.Create(options)!;
        var generator = Assert.IsType<OnnxEmbeddingGenerator>(provider.Generator);
        Assert.Equal(generator.ModelId, provider.ModelId);
        Assert.StartsWith("bge-tiny@sha256:", provider.ModelId);
        generator.Dispose();
    }

    [Fact]
    public async Task OpenAI_is_configured_from_json_alone()
    {
        using var server = new FakeEmbeddingServer();
        var options = Bind($$"""
            { "PolicyKB": { "Embeddings": { "Provider": "OpenAI",
              "OpenAI": { "Endpoint": "{{server.Endpoint}}", "Model": "nomic-embed-text", "ApiKey": "k", "BatchSize": 8, "MaxRetries": 0,
                          "QueryPrefix": "search_query: ", "PassagePrefix": "search_document: " } } } }
            """);
        var provider = EmbeddingProviderFactory.Create(options)!;
        Assert.IsType<OpenAiCompatibleEmbeddingGenerator>(provider.Generator);
        await provider.Generator.GenerateAsync(["y tế"], EmbeddingInputType.ForQuery());
        Assert.Equal("search_query: y tế", server.Requests.Single().Inputs.Single());
        Assert.StartsWith("nomic-embed-text@127.0.0.1:", provider.ModelId);
    }

    [Theory]
    [InlineData("bert")]
    [InlineData("")]
    public void An_unknown_provider_names_the_setting_and_the_choices(string provider)
    {
        var error = Assert.Throws<InvalidOperationException>(() => EmbeddingProviderFactory.Create(new EmbeddingOptions { Provider = provider }));
        Assert.Contains("PolicyKB:Embeddings:Provider", error.Message);
        Assert.Contains("domain, onnx, openai hoặc none", error.Message);
    }

    [Fact]
    public void A_missing_domain_model_file_names_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EmbeddingProviderFactory.Create(new EmbeddingOptions { DomainModelPath = "/khong/co/model.pkbe" }));
        Assert.Contains("PolicyKB:Embeddings:DomainModelPath", error.Message);
        Assert.Contains("Không tìm thấy", error.Message);
    }

    [Fact]
    public void Onnx_without_a_folder_setting_or_with_a_missing_folder_is_refused()
    {
        var unset = Assert.Throws<InvalidOperationException>(() => EmbeddingProviderFactory.Create(new EmbeddingOptions { Provider = "onnx" }));
        Assert.Contains("Chưa khai báo thư mục mô hình ONNX (PolicyKB:Embeddings:Onnx:ModelDirectory)", unset.Message);

        var missing = Assert.Throws<InvalidOperationException>(() => EmbeddingProviderFactory.Create(
            new EmbeddingOptions { Provider = "onnx", Onnx = { ModelDirectory = "/khong/co/thu-muc" } }));
        Assert.Contains("Không tìm thấy thư mục mô hình ONNX /khong/co/thu-muc", missing.Message);
    }

    [Fact]
    public void Onnx_folder_without_model_or_tokenizer_is_refused()
    {
        using var folder = new TinyModelFolder();
        var options = new EmbeddingOptions { Provider = "onnx", Onnx = folder.Options() };

        File.Move(Path.Combine(folder.Directory, "vocab.txt"), Path.Combine(folder.Directory, "vocab.bak"));
        var noVocab = Assert.Throws<InvalidOperationException>(() => EmbeddingProviderFactory.Create(options));
        Assert.Contains("không có bộ tách từ", noVocab.Message);
        Assert.Contains("vocab.txt", noVocab.Message);

        File.Move(Path.Combine(folder.Directory, "vocab.bak"), Path.Combine(folder.Directory, "vocab.txt"));
        File.Delete(Path.Combine(folder.Directory, "model.onnx"));
        var noModel = Assert.Throws<InvalidOperationException>(() => EmbeddingProviderFactory.Create(options));
        Assert.Contains("không có model.onnx", noModel.Message);
    }

    [Fact]
    public void A_corrupt_model_file_is_reported_with_its_path()
    {
        using var folder = new TinyModelFolder();
        var model = Path.Combine(folder.Directory, "model.onnx");
        File.WriteAllBytes(model, Encoding.ASCII.GetBytes("không phải ONNX"));
        var error = Assert.Throws<InvalidOperationException>(() => EmbeddingProviderFactory.Create(new EmbeddingOptions { Provider = "onnx", Onnx = folder.Options() }));
        Assert.Contains("Không nạp được mô hình ONNX " + model, error.Message);
    }

    [Fact]
    public void OpenAI_without_endpoint_or_model_names_the_setting()
    {
        var noEndpoint = Assert.Throws<InvalidOperationException>(() => EmbeddingProviderFactory.Create(new EmbeddingOptions { Provider = "openai", OpenAI = { Model = "bge-m3" } }));
        Assert.Contains("PolicyKB:Embeddings:OpenAI:Endpoint", noEndpoint.Message);
        var noModel = Assert.Throws<InvalidOperationException>(() => EmbeddingProviderFactory.Create(new EmbeddingOptions { Provider = "openai", OpenAI = { Endpoint = "http://127.0.0.1:11434/v1" } }));
        Assert.Contains("PolicyKB:Embeddings:OpenAI:Model", noModel.Message);
    }
}
