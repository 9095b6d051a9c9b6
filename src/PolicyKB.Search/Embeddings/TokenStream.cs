namespace PolicyKB.Search.Embeddings;

/// <summary>
/// A corpus as one stream of interned token ids with the break before each token: the working form of the trainer
/// (15 million syllables take 75 MB this way, against gigabytes as strings).
/// </summary>
internal sealed class TokenStream
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>Interned token strings, indexed by id.</summary>
    public List<string> Strings { get; } = [];

    /// <summary>Token id of each position.</summary>
    public List<int> Ids { get; } = [];

    /// <summary>Break before each position.</summary>
    public List<TokenBreak> Breaks { get; } = [];

    /// <summary>Number of positions.</summary>
    public int Count => Ids.Count;

    /// <summary>Interns <paramref name="text"/> and returns its id.</summary>
    public int Intern(string text)
    {
        if (_ids.TryGetValue(text, out var id)) return id;
        id = Strings.Count;
        _ids.Add(text, id);
        Strings.Add(text);
        return id;
    }

    /// <summary>Appends one token.</summary>
    public void Add(int id, TokenBreak tokenBreak)
    {
        Ids.Add(id);
        Breaks.Add(tokenBreak);
    }

    /// <summary>Tokenises a document and appends it; its first token starts a sentence.</summary>
    public void AddDocument(string text, List<EmbeddingToken> scratch)
    {
        scratch.Clear();
        EmbeddingTokenizer.Tokenize(text, scratch);
        for (var i = 0; i < scratch.Count; i++)
        {
            Add(Intern(scratch[i].Text), i == 0 ? TokenBreak.Sentence : scratch[i].Break);
        }
    }

    /// <summary>Occurrences of every id in the stream.</summary>
    public long[] CountIds()
    {
        var counts = new long[Strings.Count];
        foreach (var id in Ids) counts[id]++;
        return counts;
    }
}
