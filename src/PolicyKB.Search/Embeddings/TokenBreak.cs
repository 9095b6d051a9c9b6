namespace PolicyKB.Search.Embeddings;

/// <summary>What separates a token from the one before it; multi-syllable units never span a break.</summary>
public enum TokenBreak : byte
{
    /// <summary>Only whitespace: the two syllables may form one word ("y tế").</summary>
    None = 0,

    /// <summary>Punctuation inside a sentence (comma, dash, brackets, quotes): same context, but not one word.</summary>
    Punctuation = 1,

    /// <summary>A sentence end (. ! ? ; :), a blank line or the start of the text: contexts do not cross it.</summary>
    Sentence = 2,
}
