using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// The term statistics of one query's terms in one reader, looked up with one terms enumerator per field and segment
/// and shared by every use of a term in the query. Lucene builds a term's state afresh, with a new terms enumerator per
/// segment, each time a term's document frequency is asked (<see cref="CommonWordsQuery.Split(IndexReader, Func{Term, int})"/>)
/// and each time a <see cref="TermQuery"/> is weighed (the first pass and the rescoring pass); each new enumerator
/// allocates its own frames and block buffers, which came to about 1.3 MB a query. <see cref="Prepare"/> gives every
/// <see cref="TermQuery"/> its looked-up state, which Lucene then uses as is.
/// </summary>
internal sealed class TermStates(IndexReaderContext top)
{
    private readonly IList<AtomicReaderContext> _leaves = top.Leaves;
    private readonly Dictionary<Term, TermContext> _contexts = [];
    private readonly Dictionary<string, TermsEnum?[]> _enumerators = new(StringComparer.Ordinal);

    /// <summary>Documents holding <paramref name="term"/>.</summary>
    public int DocFreq(Term term) => Context(term).DocFreq;

    /// <summary>
    /// <paramref name="query"/> with each term query carrying its state; Boolean queries are rebuilt around them with
    /// the same boosts, coordination and minimum to match, and a <see cref="CommonWordsQuery"/> is split here by the
    /// same statistics. Other queries are returned unchanged.
    /// </summary>
    public Query Prepare(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                return new TermQuery(term.Term, Context(term.Term)) { Boost = term.Boost };
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

    private TermContext Context(Term term)
    {
        if (_contexts.TryGetValue(term, out var known)) return known;
        if (!_enumerators.TryGetValue(term.Field, out var enumerators))
        {
            enumerators = new TermsEnum?[_leaves.Count];
            for (var i = 0; i < _leaves.Count; i++) enumerators[i] = _leaves[i].AtomicReader.GetTerms(term.Field)?.GetEnumerator();
            _enumerators[term.Field] = enumerators;
        }
        var context = new TermContext(top);
        for (var i = 0; i < _leaves.Count; i++)
        {
            // As TermContext.Build does, with the segment's enumerator reused from one term to the next.
            if (enumerators[i] is { } terms && terms.SeekExact(term.Bytes))
            {
                context.Register(terms.GetTermState(), _leaves[i].Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }
        _contexts[term] = context;
        return context;
    }
}
