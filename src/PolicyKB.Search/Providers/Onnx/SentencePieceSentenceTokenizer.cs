using Microsoft.ML.Tokenizers;

namespace PolicyKB.Search.Providers.Onnx;

/// <summary>
/// SentencePiece models. <c>sentencepiece.bpe.model</c> is the XLM-RoBERTa family (multilingual-e5, bge-m3): the
/// transformer's vocabulary is fairseq's, i.e. &lt;s&gt;=0, &lt;pad&gt;=1, &lt;/s&gt;=2, &lt;unk&gt;=3 and every
/// SentencePiece id shifted by one (Hugging Face's XLMRobertaTokenizer, fairseq_offset = 1). A plain
/// <c>tokenizer.model</c> keeps the model's own ids, with its BOS/EOS around the text.
/// </summary>
internal sealed class SentencePieceSentenceTokenizer : ISentenceTokenizer
{
    private const int FairseqOffset = 1;
    private const int FairseqBos = 0;
    private const int FairseqPad = 1;
    private const int FairseqEos = 2;
    private const int FairseqUnk = 3;

    private readonly SentencePieceTokenizer _tokenizer;
    private readonly bool _fairseq;

    private SentencePieceSentenceTokenizer(SentencePieceTokenizer tokenizer, bool fairseq)
    {
        _tokenizer = tokenizer;
        _fairseq = fairseq;
    }

    /// <inheritdoc />
    public string Kind => _fairseq ? "sentencepiece-xlmr" : "sentencepiece";

    /// <inheritdoc />
    public int PaddingId => _fairseq ? FairseqPad : Math.Max(0, _tokenizer.EndOfSentenceId);

    /// <summary>Loads a SentencePiece model; <paramref name="fairseq"/> selects the XLM-RoBERTa id mapping.</summary>
    public static SentencePieceSentenceTokenizer Load(string modelPath, bool fairseq)
    {
        using var stream = File.OpenRead(modelPath);
        return new SentencePieceSentenceTokenizer(SentencePieceTokenizer.Create(stream, addBeginningOfSentence: false, addEndOfSentence: false), fairseq);
    }

    /// <inheritdoc />
    public int[] Encode(string text, int maxTokens)
    {
        var ids = _tokenizer.EncodeToIds(text, addBeginningOfSentence: false, addEndOfSentence: false, considerPreTokenization: true, considerNormalization: true);
        if (!_fairseq) return SpecialTokens.Wrap(ids, _tokenizer.BeginningOfSentenceId, _tokenizer.EndOfSentenceId, maxTokens);
        var mapped = new int[ids.Count];
        for (var i = 0; i < ids.Count; i++) mapped[i] = ids[i] == _tokenizer.UnknownId ? FairseqUnk : ids[i] + FairseqOffset;
        return SpecialTokens.Wrap(mapped, FairseqBos, FairseqEos, maxTokens);
    }
}
