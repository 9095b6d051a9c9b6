using Lucene.Net.Index;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// The Lucene document numbers of the clauses the latest searches on this thread returned, in the reader they were
/// found in. A search asks next which of its hits really match (<see cref="LuceneKeywordIndex.Match"/>) and then loads
/// its page (<see cref="LuceneKeywordIndex.GetClauses"/>), both by clause id: each id was a terms-dictionary seek,
/// about 400 bytes of FST outputs each, for a hit whose document number the search had just read. A number is only
/// used in the same reader (held weakly, so no closed reader is kept alive); anything else is looked up as before.
/// </summary>
internal sealed class RecentClauseDocs
{
    /// <summary>
    /// Numbers kept at most, per thread: a search's candidates (100 hits, 100 more in hybrid, up to 500 citing clauses).
    /// The ids are the hits' own strings; a web host's threads keep about 200 KB each at most.
    /// </summary>
    private const int Kept = 1024;

    [ThreadStatic]
    private static RecentClauseDocs? t_current;

    private readonly WeakReference<IndexReader?> _reader = new(null);
    private readonly Dictionary<string, int> _docs = new(StringComparer.Ordinal);

    /// <summary>This thread's numbers.</summary>
    public static RecentClauseDocs Current => t_current ??= new RecentClauseDocs();

    /// <summary>Notes that <paramref name="clauseId"/> is document <paramref name="doc"/> of <paramref name="reader"/>.</summary>
    public void Note(IndexReader reader, string clauseId, int doc)
    {
        if (!Holds(reader))
        {
            _docs.Clear();
            _reader.SetTarget(reader);
        }
        if (_docs.Count >= Kept) _docs.Clear();
        _docs[clauseId] = doc;
    }

    /// <summary>The document number of <paramref name="clauseId"/> in <paramref name="reader"/> when a search on it noted one.</summary>
    public bool TryGet(IndexReader reader, string clauseId, out int doc)
    {
        doc = -1;
        return Holds(reader) && _docs.TryGetValue(clauseId, out doc);
    }

    private bool Holds(IndexReader reader) => _reader.TryGetTarget(out var held) && ReferenceEquals(held, reader);
}
