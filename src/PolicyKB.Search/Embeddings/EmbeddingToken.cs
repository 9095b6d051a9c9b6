namespace PolicyKB.Search.Embeddings;

/// <summary>One lowercased NFC token (a syllable, a number or a document number such as "281/qđ-ttg").</summary>
/// <param name="Text">The token text.</param>
/// <param name="Break">What separates it from the previous token.</param>
public readonly record struct EmbeddingToken(string Text, TokenBreak Break);
