using System.ComponentModel.DataAnnotations;

namespace PolicyKB.Search.Providers;

/// <summary>Which embedding model PolicyKB uses (section "PolicyKB:Embeddings" of appsettings.json).</summary>
public sealed class EmbeddingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "PolicyKB:Embeddings";

    /// <summary>"domain" (default: PolicyKB's own offline model), "onnx", "openai", or "none" (keyword search only).</summary>
    [Required]
    [RegularExpression("^(?i)(domain|onnx|openai|none)$", ErrorMessage = "PolicyKB:Embeddings:Provider phải là domain, onnx, openai hoặc none")]
    public string Provider { get; set; } = "domain";

    /// <summary>Path of the domain model file (relative paths resolve against the repository root).</summary>
    public string DomainModelPath { get; set; } = "content/models/policykb-vi-128.pkbe";

    /// <summary>ONNX sentence-transformer settings.</summary>
    public OnnxEmbeddingOptions Onnx { get; set; } = new();

    /// <summary>OpenAI-compatible server settings.</summary>
    public OpenAiEmbeddingOptions OpenAI { get; set; } = new();
}
