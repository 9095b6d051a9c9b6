namespace PolicyKB.Search.Providers;

/// <summary>How an ONNX sentence-transformer's token vectors are combined into one sentence vector.</summary>
public enum OnnxPooling
{
    /// <summary>Mean of the token vectors under the attention mask (padding excluded).</summary>
    Mean,

    /// <summary>The first token's vector ([CLS] / &lt;s&gt;).</summary>
    Cls,
}
