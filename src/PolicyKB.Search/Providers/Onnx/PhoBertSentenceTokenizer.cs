namespace PolicyKB.Search.Providers.Onnx;

/// <summary>
/// PhoBERT's fastBPE tokenizer (vocab.txt with "token count" lines + bpe.codes), as Hugging Face's PhobertTokenizer:
/// whitespace-separated words, BPE merges by rank with "&lt;/w&gt;" closing the word, "@@" marking a piece that
/// continues; fairseq ids &lt;s&gt;=0, &lt;pad&gt;=1, &lt;/s&gt;=2, &lt;unk&gt;=3, then vocab.txt's lines in order.
/// PhoBERT was trained on word-segmented text ("bảo_hiểm y_tế"); PolicyKB passes raw syllables, which such models
/// still embed, less precisely.
/// </summary>
internal sealed class PhoBertSentenceTokenizer : ISentenceTokenizer
{
    private const int Bos = 0;
    private const int Pad = 1;
    private const int Eos = 2;
    private const int Unk = 3;
    private const string EndOfWord = "</w>";

    // WordPiece's max_input_chars_per_word: longer "words" (URLs, garbage) become one <unk> instead of costing O(n²).
    private const int MaxWordChars = 100;

    private readonly Dictionary<string, int> _vocabulary;
    private readonly Dictionary<(string, string), int> _ranks;

    private PhoBertSentenceTokenizer(Dictionary<string, int> vocabulary, Dictionary<(string, string), int> ranks)
    {
        _vocabulary = vocabulary;
        _ranks = ranks;
    }

    /// <inheritdoc />
    public string Kind => "phobert-bpe";

    /// <inheritdoc />
    public int PaddingId => Pad;

    /// <summary>Loads the vocabulary and merge files.</summary>
    public static PhoBertSentenceTokenizer Load(string vocabPath, string codesPath)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal) { ["<s>"] = Bos, ["<pad>"] = Pad, ["</s>"] = Eos, ["<unk>"] = Unk };
        foreach (var line in File.ReadLines(vocabPath))
        {
            var space = line.LastIndexOf(' ');
            var token = space > 0 ? line[..space] : line;
            if (token.Length > 0) vocabulary.TryAdd(token, vocabulary.Count);
        }
        var ranks = new Dictionary<(string, string), int>();
        foreach (var line in File.ReadLines(codesPath))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2) ranks.TryAdd((parts[0], parts[1]), ranks.Count);
        }
        return new PhoBertSentenceTokenizer(vocabulary, ranks);
    }

    /// <inheritdoc />
    public int[] Encode(string text, int maxTokens)
    {
        var content = new List<int>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (content.Count >= maxTokens) break;
            if (word.Length > MaxWordChars)
            {
                content.Add(Unk);
                continue;
            }
            foreach (var piece in Bpe(word)) content.Add(_vocabulary.TryGetValue(piece, out var id) ? id : Unk);
        }
        return SpecialTokens.Wrap(content, Bos, Eos, maxTokens);
    }

    /// <summary>The pieces of one word: all but the last carry "@@".</summary>
    internal IEnumerable<string> Bpe(string word)
    {
        var symbols = new List<string>(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            // Keep surrogate pairs together: one symbol per text element of the BMP or astral plane.
            var length = char.IsHighSurrogate(word[i]) && i + 1 < word.Length ? 2 : 1;
            symbols.Add(word.Substring(i, length));
            i += length - 1;
        }
        symbols[^1] += EndOfWord;
        while (symbols.Count > 1)
        {
            var best = -1;
            var bestRank = int.MaxValue;
            for (var i = 0; i + 1 < symbols.Count; i++)
            {
                if (_ranks.TryGetValue((symbols[i], symbols[i + 1]), out var rank) && rank < bestRank)
                {
                    bestRank = rank;
                    best = i;
                }
            }
            if (best < 0) break;
            var (first, second) = (symbols[best], symbols[best + 1]);
            var merged = new List<string>(symbols.Count);
            for (var i = 0; i < symbols.Count; i++)
            {
                if (i + 1 < symbols.Count && symbols[i] == first && symbols[i + 1] == second)
                {
                    merged.Add(first + second);
                    i++;
                }
                else
                {
                    merged.Add(symbols[i]);
                }
            }
            symbols = merged;
        }
        for (var i = 0; i < symbols.Count; i++)
        {
            yield return i < symbols.Count - 1 ? symbols[i] + "@@" : symbols[i][..^EndOfWord.Length];
        }
    }
}
