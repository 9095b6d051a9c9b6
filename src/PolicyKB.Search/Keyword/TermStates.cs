using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// The term statistics and postings of queries in one reader. Lucene builds a term's state afresh, with a new terms
/// enumerator per segment, each time a term's document frequency is asked
/// (<see cref="CommonWordsQuery.Split(IndexReader, Func{Term, int})"/>) and each time a <see cref="TermQuery"/> is
/// weighed; each new enumerator allocates its own frames and block buffers (about 1.3 MB a query). Scoring then opened
/// yet another terms enumerator and a postings enumerator with its own block buffers and file buffer per term and
/// segment (about 3 KB each, 40 to 80 terms a query). Here one terms enumerator per field and segment serves every
/// look-up, and a postings enumerator is handed back (<see cref="Recycle"/>) and reused by the next term of the same
/// field and segment, in this query or, through <see cref="TermStatesPool"/>, in the next query on the same reader.
/// <see cref="Prepare"/> gives every <see cref="TermQuery"/> its looked-up state as a <see cref="PreparedTermQuery"/>, and
/// every exact <see cref="PhraseQuery"/> its terms' states as a <see cref="PreparedPhraseQuery"/>.
/// Not thread-safe: one query at a time uses an instance.
/// </summary>
internal sealed class TermStates(IndexReaderContext top)
{
    /// <summary>Postings enumerators kept for reuse per field, segment and kind; a query uses one per term of the field.</summary>
    private const int KeptPerField = 64;

    private readonly IList<AtomicReaderContext> _leaves = top.Leaves;
    private readonly Dictionary<Term, TermContext> _contexts = [];
    private readonly Dictionary<string, TermsEnum?[]> _enumerators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CollectionStatistics> _collectionStatistics = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Leaf, string Field, bool Positions), Stack<DocsEnum>> _free = [];
    private readonly List<(int Leaf, string Field, DocsEnum Docs)> _inUse = [];

    /// <summary>The reader whose statistics these are.</summary>
    public IndexReader Reader => top.Reader;

    /// <summary>The reader's top-level context, which the prepared queries' weights must be created against.</summary>
    public IndexReaderContext TopReaderContext => top;

    /// <summary>Documents holding <paramref name="term"/>.</summary>
    public int DocFreq(Term term) => Context(term).DocFreq;

    /// <summary>
    /// <paramref name="query"/> with each term query carrying its state; Boolean queries are rebuilt around them with
    /// the same boosts, coordination and minimum to match, and a <see cref="CommonWordsQuery"/> is split here by the
    /// same statistics, and a <see cref="DocumentTitleQuery"/> joins its prepared word. Other queries are returned unchanged.
    /// </summary>
    public Query Prepare(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                return new PreparedTermQuery(term.Term, Context(term.Term), this) { Boost = term.Boost };
            case PhraseQuery phrase when phrase.Slop == 0 && phrase.GetTerms() is { Length: > 0 } words:
                // A one-word phrase is a term query, as PhraseQuery.Rewrite makes it.
                if (words.Length == 1) return new PreparedTermQuery(words[0], Context(words[0]), this) { Boost = phrase.Boost };
                return new PreparedPhraseQuery(words, phrase.GetPositions(), Array.ConvertAll(words, Context), this) { Boost = phrase.Boost };
            case DocumentTitleQuery title:
                return title.Join(Prepare(title.Word));
            case CommonWordsQuery words:
                return Prepare(words.Rewrite(top.Reader, DocFreq));
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses) copy.Add(Prepare(clause.Query), clause.Occur);
                return copy;
            default:
                return query;
        }
    }

    /// <summary>
    /// The field's statistics over the reader (as <see cref="IndexSearcher.CollectionStatistics"/>), computed once per
    /// field: over several segments Lucene merges the field's terms afresh for every term weighed.
    /// </summary>
    public CollectionStatistics CollectionStatistics(IndexSearcher searcher, string field)
    {
        if (_collectionStatistics.TryGetValue(field, out var known)) return known;
        return _collectionStatistics[field] = searcher.CollectionStatistics(field);
    }

    /// <summary>
    /// The postings of <paramref name="term"/> in <paramref name="leaf"/> (with frequencies), whose state there is
    /// <paramref name="state"/>, in an enumerator reused from an earlier term of the same field and segment when one
    /// was handed back. The enumerator stays this query's until <see cref="Recycle"/>.
    /// </summary>
    public DocsEnum? Docs(AtomicReaderContext leaf, Term term, TermState state, IBits? acceptDocs)
    {
        if (Enumerator(leaf.Ord, term.Field) is not { } terms) return null;
        terms.SeekExact(term.Bytes, state);
        var docs = terms.Docs(acceptDocs, Reusable(leaf.Ord, term.Field, positions: false), DocsFlags.FREQS);
        _inUse.Add((leaf.Ord, term.Field, docs));
        return docs;
    }

    /// <summary>
    /// As <see cref="Docs"/>, with positions (for phrases; no offsets or payloads); null when the field has none.
    /// <paramref name="docFreq"/> is the term's document frequency in the segment.
    /// </summary>
    public DocsAndPositionsEnum? Positions(AtomicReaderContext leaf, Term term, TermState state, IBits? acceptDocs, out int docFreq)
    {
        docFreq = 0;
        if (Enumerator(leaf.Ord, term.Field) is not { } terms) return null;
        terms.SeekExact(term.Bytes, state);
        docFreq = terms.DocFreq;
        var reuse = (DocsAndPositionsEnum?)Reusable(leaf.Ord, term.Field, positions: true);
        if (terms.DocsAndPositions(acceptDocs, reuse, DocsAndPositionsFlags.NONE) is not { } positions) return null;
        _inUse.Add((leaf.Ord, term.Field, positions));
        return positions;
    }

    private DocsEnum? Reusable(int leaf, string field, bool positions) =>
        _free.TryGetValue((leaf, field, positions), out var free) && free.Count > 0 ? free.Pop() : null;

    /// <summary>
    /// The terms enumerator of <paramref name="field"/> in the segment <paramref name="leaf"/>, shared by every look-up
    /// on this instance (null when the segment has no such field).
    /// </summary>
    public TermsEnum? Enumerator(int leaf, string field)
    {
        if (!_enumerators.TryGetValue(field, out var enumerators))
        {
            enumerators = new TermsEnum?[_leaves.Count];
            for (var i = 0; i < _leaves.Count; i++) enumerators[i] = _leaves[i].AtomicReader.GetTerms(field)?.GetEnumerator();
            _enumerators[field] = enumerators;
        }
        return enumerators[leaf];
    }

    /// <summary>
    /// Hands back every postings enumerator given out so far, for the next terms to reuse: call once the scorers that
    /// read them are done (after a pass of a search).
    /// </summary>
    public void Recycle()
    {
        foreach (var (leaf, field, docs) in _inUse)
        {
            var key = (leaf, field, docs is DocsAndPositionsEnum);
            if (!_free.TryGetValue(key, out var free)) _free[key] = free = new Stack<DocsEnum>();
            if (free.Count < KeptPerField) free.Push(docs);
        }
        _inUse.Clear();
    }

    /// <summary>Ends a query: its postings enumerators are handed back and its terms' states forgotten.</summary>
    public void Reset()
    {
        Recycle();
        _contexts.Clear();
    }

    private TermContext Context(Term term)
    {
        if (_contexts.TryGetValue(term, out var known)) return known;
        var context = new TermContext(top);
        for (var i = 0; i < _leaves.Count; i++)
        {
            // As TermContext.Build does, with the segment's enumerator reused from one term to the next.
            if (Enumerator(i, term.Field) is { } terms && terms.SeekExact(term.Bytes))
            {
                context.Register(terms.GetTermState(), _leaves[i].Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }
        _contexts[term] = context;
        return context;
    }
}
