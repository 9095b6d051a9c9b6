namespace PolicyKB.Search.Providers.Onnx;

/// <summary>Turns one input text into the token ids an ONNX sentence-transformer expects.</summary>
internal interface ISentenceTokenizer
{
    /// <summary>Short name of the tokenizer kind, for messages and the model id.</summary>
    string Kind { get; }

    /// <summary>Id used for padding positions (masked out, but it must exist in the vocabulary).</summary>
    int PaddingId { get; }

    /// <summary>
    /// The ids of <paramref name="text"/> with the model's special tokens around them, at most
    /// <paramref name="maxTokens"/> long: the text is cut, the closing special token is kept. Never throws on text.
    /// </summary>
    int[] Encode(string text, int maxTokens);
}
