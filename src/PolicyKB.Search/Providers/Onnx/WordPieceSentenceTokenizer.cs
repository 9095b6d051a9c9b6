using Microsoft.ML.Tokenizers;

namespace PolicyKB.Search.Providers.Onnx;

/// <summary>BERT WordPiece (vocab.txt, one token per line): [CLS] text [SEP], Hugging Face's BertTokenizer rules.</summary>
internal sealed class WordPieceSentenceTokenizer : ISentenceTokenizer
{
    private readonly BertTokenizer _tokenizer;

    private WordPieceSentenceTokenizer(BertTokenizer tokenizer) => _tokenizer = tokenizer;

    /// <inheritdoc />
    public string Kind => "wordpiece";

    /// <inheritdoc />
    public int PaddingId => _tokenizer.PaddingTokenId;

    /// <summary>Loads <paramref name="vocabPath"/>; the special tokens must be in it.</summary>
    public static WordPieceSentenceTokenizer Load(string vocabPath, bool lowerCase, bool stripAccents)
    {
        var options = new BertOptions
        {
            LowerCaseBeforeTokenization = lowerCase,
            RemoveNonSpacingMarks = stripAccents,
            ApplyBasicTokenization = true,
            SplitOnSpecialTokens = true,
            IndividuallyTokenizeCjk = true,
        };
        return new WordPieceSentenceTokenizer(BertTokenizer.Create(vocabPath, options));
    }

    /// <inheritdoc />
    public int[] Encode(string text, int maxTokens)
    {
        var content = _tokenizer.EncodeToIds(text, addSpecialTokens: false, considerPreTokenization: true, considerNormalization: true);
        return SpecialTokens.Wrap(content, _tokenizer.ClassificationTokenId, _tokenizer.SeparatorTokenId, maxTokens);
    }
}
