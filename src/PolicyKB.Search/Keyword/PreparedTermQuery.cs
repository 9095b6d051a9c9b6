using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// A term query whose state was looked up by <see cref="TermStates"/> and whose postings come from it: it scores and
/// matches exactly as <see cref="TermQuery"/> does (the same similarity weight and document scorer, the same
/// postings), without the terms enumerator and postings buffers a <see cref="TermQuery"/> opens per term and segment.
/// Weighed against another reader than the one it was prepared for, it is a plain <see cref="TermQuery"/>.
/// </summary>
internal sealed class PreparedTermQuery(Term term, TermContext context, TermStates states) : Query
{
    /// <summary>The term matched.</summary>
    public Term Term => term;

    /// <summary>The term's state in each segment of the reader it was prepared for.</summary>
    public TermContext Context => context;

    /// <summary>Where the term's postings come from.</summary>
    public TermStates States => states;

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher) =>
        searcher.TopReaderContext == states.TopReaderContext && context.TopReaderContext == states.TopReaderContext
            ? new PreparedTermWeight(this, searcher)
            : new TermQuery(term) { Boost = Boost }.CreateWeight(searcher);

    /// <inheritdoc />
    public override void ExtractTerms(ISet<Term> terms) => terms.Add(term);

    /// <inheritdoc />
    public override string ToString(string field) =>
        (string.Equals(term.Field, field, StringComparison.Ordinal) ? "" : term.Field + ":") + term.Text + ToStringUtils.Boost(Boost);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PreparedTermQuery other && Boost == other.Boost && term.Equals(other.Term);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Boost, term);

    /// <summary>As Lucene's term weight: BM25 statistics of the term, scorers over the reused postings.</summary>
    private sealed class PreparedTermWeight : Weight
    {
        private readonly PreparedTermQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;

        public PreparedTermWeight(PreparedTermQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _stats = _similarity.ComputeWeight(query.Boost, query.States.CollectionStatistics(searcher, query.Term.Field), searcher.TermStatistics(query.Term, query.Context));
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            // No state: the term does not occur in that segment.
            if (_query.Context.Get(context.Ord) is not { } state) return null;
            return _query.States.Docs(context, _query.Term, state, acceptDocs) is { } docs
                ? new PostingsScorer(this, docs, _similarity.GetSimScorer(_stats, context))
                : null;
        }

        public override Explanation Explain(AtomicReaderContext context, int doc) =>
            PreparedExplanation.Explain(this, _similarity, _stats, context, doc, "termFreq");
    }
}
