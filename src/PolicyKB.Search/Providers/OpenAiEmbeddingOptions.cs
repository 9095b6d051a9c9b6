using System.ComponentModel.DataAnnotations;

namespace PolicyKB.Search.Providers;

/// <summary>
/// An OpenAI-compatible embeddings endpoint: Ollama, vLLM, LM Studio, Azure OpenAI (its /openai/v1 endpoint) or
/// OpenAI itself (section "PolicyKB:Embeddings:OpenAI").
/// </summary>
public sealed class OpenAiEmbeddingOptions
{
    /// <summary>
    /// Base URL, e.g. http://localhost:11434/v1 (Ollama), http://localhost:8000/v1 (vLLM),
    /// http://localhost:1234/v1 (LM Studio), https://RESOURCE.openai.azure.com/openai/v1 (Azure OpenAI). A bare host
    /// (no path) gets /v1 appended. Requests go to {Endpoint}/embeddings.
    /// </summary>
    public string Endpoint { get; set; } = "";

    /// <summary>Model name on the server (for Azure OpenAI: the deployment name).</summary>
    public string Model { get; set; } = "";

    /// <summary>API key, sent as a Bearer token; local servers that need none may leave it empty.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Requested vector length, for models that can shorten theirs (text-embedding-3-*); null: the model's own.</summary>
    [Range(1, 65536)]
    public int? Dimensions { get; set; }

    /// <summary>Inputs per HTTP request (OpenAI accepts up to 2,048; small local servers prefer fewer).</summary>
    [Range(1, 2048)]
    public int BatchSize { get; set; } = 64;

    /// <summary>Retries after a failed request (429, 5xx, network), with the client's exponential back-off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Time allowed for one request, in seconds.</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 100;

    /// <summary>Prefix added to queries (e5 served by vLLM: "query: "; nomic-embed-text on Ollama: "search_query: ").</summary>
    public string QueryPrefix { get; set; } = "";

    /// <summary>Prefix added to passages (e5: "passage: "; nomic-embed-text: "search_document: ").</summary>
    public string PassagePrefix { get; set; } = "";
}
