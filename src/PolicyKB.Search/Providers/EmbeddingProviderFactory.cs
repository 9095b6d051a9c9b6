using PolicyKB.Search.Embeddings;

namespace PolicyKB.Search.Providers;

/// <summary>Creates the embedding provider named in configuration.</summary>
public static class EmbeddingProviderFactory
{
    /// <summary>
    /// The configured provider, or null for "none". Throws <see cref="InvalidOperationException"/> with a message
    /// naming the setting to fix when the configured model cannot be loaded.
    /// </summary>
    public static EmbeddingProvider? Create(EmbeddingOptions options)
    {
        switch (options.Provider)
        {
            case "none":
                return null;
            case "domain":
                var path = PolicyKbPaths.Resolve(options.DomainModelPath);
                if (!File.Exists(path))
                {
                    throw new InvalidOperationException(
                        $"Không tìm thấy mô hình nhúng {path} (PolicyKB:Embeddings:DomainModelPath). Huấn luyện bằng 'policykb train-embeddings' hoặc đặt Provider = none.");
                }
                var generator = DomainEmbeddingGenerator.Load(path);
                return new EmbeddingProvider(generator, generator.Model.ModelId);
            default:
                throw new InvalidOperationException($"Nhà cung cấp nhúng '{options.Provider}' chưa được hỗ trợ trong phiên bản này.");
        }
    }
}
