using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// An exact phrase (slop 0) whose terms' states were looked up by <see cref="TermStates"/> and whose positions come
/// from it, matching and scoring as Lucene's <see cref="PhraseQuery"/> does. Lucene's phrase weight built each term's
/// state again with new terms enumerators (about 15 KB a phrase), and its exact-phrase scorer allocated two 4,096-entry
/// tables plus a positions enumerator per term (about 41 KB a phrase and segment); abbreviations expand into phrases
/// ("BHYT" → "bảo hiểm y tế"), and the match count adds each expansion to every word it covers. Weighed against
/// another reader than the one it was prepared for, it is a plain <see cref="PhraseQuery"/>.
/// </summary>
internal sealed class PreparedPhraseQuery : Query
{
    private readonly Term[] _terms;
    private readonly int[] _positions;
    private readonly TermContext[] _contexts;
    private readonly TermStates _states;

    /// <summary>The phrase of <paramref name="terms"/> at <paramref name="positions"/>, their states in <paramref name="contexts"/>.</summary>
    public PreparedPhraseQuery(Term[] terms, int[] positions, TermContext[] contexts, TermStates states)
    {
        _terms = terms;
        _positions = positions;
        _contexts = contexts;
        _states = states;
    }

    /// <summary>The phrase's terms, in phrase order.</summary>
    public IReadOnlyList<Term> Terms => _terms;

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher) =>
        searcher.TopReaderContext == _states.TopReaderContext ? new PhraseWeight(this, searcher) : Plain().CreateWeight(searcher);

    /// <inheritdoc />
    public override void ExtractTerms(ISet<Term> set)
    {
        foreach (var term in _terms) set.Add(term);
    }

    /// <inheritdoc />
    public override string ToString(string field) => Plain().ToString(field);

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is PreparedPhraseQuery other && Boost == other.Boost && _terms.SequenceEqual(other._terms) && _positions.SequenceEqual(other._positions);

    /// <inheritdoc />
    public override int GetHashCode() => _terms.Aggregate(Boost.GetHashCode(), (h, t) => h * 31 + t.GetHashCode());

    private PhraseQuery Plain()
    {
        var phrase = new PhraseQuery { Boost = Boost };
        for (var i = 0; i < _terms.Length; i++) phrase.Add(_terms[i], _positions[i]);
        return phrase;
    }

    /// <summary>As Lucene's phrase weight: the summed idf of the terms, scorers over the reused positions.</summary>
    private sealed class PhraseWeight : Weight
    {
        private readonly PreparedPhraseQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;

        public PhraseWeight(PreparedPhraseQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            var statistics = new TermStatistics[query._terms.Length];
            for (var i = 0; i < statistics.Length; i++) statistics[i] = searcher.TermStatistics(query._terms[i], query._contexts[i]);
            _stats = _similarity.ComputeWeight(query.Boost, query._states.CollectionStatistics(searcher, query._terms[0].Field), statistics);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var count = _query._terms.Length;
            var postings = new (DocsAndPositionsEnum Postings, int DocFreq, int Position, Term Term)[count];
            for (var i = 0; i < count; i++)
            {
                // A term missing from the segment: no document there holds the phrase.
                if (_query._contexts[i].Get(context.Ord) is not { } state) return null;
                var term = _query._terms[i];
                if (_query._states.Positions(context, term, state, acceptDocs, out var docFreq) is not { } positions)
                {
                    throw new InvalidOperationException($"field \"{term.Field}\" was indexed without position data; cannot run a phrase query (phrase={_query})");
                }
                postings[i] = (positions, docFreq, _query._positions[i], term);
            }
            // Rarest term first, as Lucene orders them (then by position and term), so the same scorer leads.
            Array.Sort(postings, static (a, b) =>
                a.DocFreq != b.DocFreq ? a.DocFreq.CompareTo(b.DocFreq)
                : a.Position != b.Position ? a.Position.CompareTo(b.Position)
                : a.Term.Bytes.CompareTo(b.Term.Bytes));
            return PhrasePostingsScorer.Create(this, postings, _similarity.GetSimScorer(_stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc) =>
            PreparedExplanation.Explain(this, _similarity, _stats, context, doc, "phraseFreq");
    }
}
