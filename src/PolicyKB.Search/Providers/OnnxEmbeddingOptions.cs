using System.ComponentModel.DataAnnotations;

namespace PolicyKB.Search.Providers;

/// <summary>
/// A sentence-transformer exported to ONNX (multilingual-e5, bge-m3, PhoBERT-based bi-encoders...), loaded from a
/// local folder (section "PolicyKB:Embeddings:Onnx").
/// </summary>
public sealed class OnnxEmbeddingOptions
{
    /// <summary>
    /// Folder holding <c>model.onnx</c> and its tokenizer: <c>vocab.txt</c> (WordPiece), <c>vocab.txt</c> with
    /// <c>bpe.codes</c> (PhoBERT), <c>sentencepiece.bpe.model</c> (XLM-RoBERTa family) or <c>tokenizer.model</c>
    /// (plain SentencePiece). Relative paths resolve against the repository root.
    /// </summary>
    public string ModelDirectory { get; set; } = "";

    /// <summary>Prefix added to queries (e5 models: "query: ").</summary>
    public string QueryPrefix { get; set; } = "";

    /// <summary>Prefix added to passages (e5 models: "passage: ").</summary>
    public string PassagePrefix { get; set; } = "";

    /// <summary>Longest input in tokens, special tokens included; longer inputs are truncated.</summary>
    [Range(4, 8192)]
    public int MaxTokens { get; set; } = 256;

    /// <summary>Inputs per ONNX run.</summary>
    [Range(1, 4096)]
    public int BatchSize { get; set; } = 16;

    /// <summary>How token vectors become one sentence vector (mean for e5 and most bi-encoders, cls for bge-m3).</summary>
    public OnnxPooling Pooling { get; set; } = OnnxPooling.Mean;

    /// <summary>Scale every vector to unit length (cosine similarity becomes a dot product).</summary>
    public bool Normalize { get; set; } = true;

    /// <summary>
    /// Model output to read; empty picks <c>last_hidden_state</c> or <c>token_embeddings</c> (pooled here), else
    /// <c>sentence_embedding</c> (already pooled), else the first output.
    /// </summary>
    public string OutputName { get; set; } = "";

    /// <summary>
    /// Lower-case before WordPiece; null reads <c>do_lower_case</c> from tokenizer_config.json (default true, as in
    /// Hugging Face's BertTokenizer).
    /// </summary>
    public bool? LowerCase { get; set; }

    /// <summary>
    /// Strip diacritics before WordPiece; null reads <c>strip_accents</c> from tokenizer_config.json, else follows
    /// <see cref="LowerCase"/> (Hugging Face's rule). Vietnamese loses its tones this way: only uncased models want it.
    /// </summary>
    public bool? StripAccents { get; set; }

    /// <summary>Threads ONNX Runtime uses within one run; 0 lets it decide.</summary>
    [Range(0, 256)]
    public int Threads { get; set; }
}
