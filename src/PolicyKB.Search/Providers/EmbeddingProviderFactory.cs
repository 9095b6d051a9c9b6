using PolicyKB.Search.Embeddings;

namespace PolicyKB.Search.Providers;

/// <summary>
/// Creates the embedding provider named in configuration ("PolicyKB:Embeddings:Provider"): the web host, the CLI
/// and <see cref="PolicyKbKernelExtensions"/> all go through here, so one appsettings.json setting switches all.
/// </summary>
public static class EmbeddingProviderFactory
{
    /// <summary>
    /// The configured provider, or null for "none". Throws <see cref="InvalidOperationException"/> with a Vietnamese
    /// message naming the setting to fix when the configuration is incomplete or the model cannot be loaded.
    /// </summary>
    public static EmbeddingProvider? Create(EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Provider?.Trim().ToLowerInvariant())
        {
            case "none":
                return null;
            case "domain":
                return Domain(options);
            case "onnx":
                var onnx = OnnxEmbeddingGenerator.Load(options.Onnx ?? new OnnxEmbeddingOptions());
                return new EmbeddingProvider(onnx, onnx.ModelId);
            case "openai":
                var remote = OpenAiCompatibleEmbeddingGenerator.Create(options.OpenAI ?? new OpenAiEmbeddingOptions());
                return new EmbeddingProvider(remote, remote.ModelId);
            default:
                throw new InvalidOperationException(
                    $"Nhà cung cấp nhúng '{options.Provider}' không hợp lệ (PolicyKB:Embeddings:Provider): dùng domain, onnx, openai hoặc none.");
        }
    }

    private static EmbeddingProvider Domain(EmbeddingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DomainModelPath))
        {
            throw new InvalidOperationException("Chưa khai báo tệp mô hình nhúng (PolicyKB:Embeddings:DomainModelPath).");
        }
        var path = PolicyKbPaths.Resolve(options.DomainModelPath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Không tìm thấy mô hình nhúng {path} (PolicyKB:Embeddings:DomainModelPath). Huấn luyện bằng 'policykb train-embeddings' hoặc đặt Provider = none.");
        }
        var generator = DomainEmbeddingGenerator.Load(path);
        return new EmbeddingProvider(generator, generator.Model.ModelId);
    }
}
