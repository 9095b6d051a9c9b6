namespace PolicyKB.Search.Providers;

/// <summary>A sentence-transformer exported to ONNX, loaded from a local folder.</summary>
public sealed class OnnxEmbeddingOptions
{
    /// <summary>Folder holding <c>model.onnx</c> and its tokenizer (<c>vocab.txt</c> for WordPiece, or <c>sentencepiece.bpe.model</c>/<c>tokenizer.model</c>).</summary>
    public string ModelDirectory { get; set; } = "";

    /// <summary>Prefix added to queries (e5 models: "query: ").</summary>
    public string QueryPrefix { get; set; } = "";

    /// <summary>Prefix added to passages (e5 models: "passage: ").</summary>
    public string PassagePrefix { get; set; } = "";

    /// <summary>Longest input in tokens.</summary>
    public int MaxTokens { get; set; } = 256;

    /// <summary>Inputs per batch.</summary>
    public int BatchSize { get; set; } = 16;
}
