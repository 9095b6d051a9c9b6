namespace PolicyKB.Search.Providers;

/// <summary>An OpenAI-compatible embeddings endpoint (Ollama, vLLM, LM Studio, Azure OpenAI).</summary>
public sealed class OpenAiEmbeddingOptions
{
    /// <summary>Base URL, e.g. http://localhost:11434/v1 for Ollama.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>Model name on the server.</summary>
    public string Model { get; set; } = "";

    /// <summary>API key, when the server needs one.</summary>
    public string ApiKey { get; set; } = "";
}
