using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Join;
using Lucene.Net.Util;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Matches a title word once per document and scores every clause of the document with it. The title is indexed only
/// on the document's marker, which the index writer stores right after the document's clauses in one block
/// (<see cref="ClauseDocumentFactory.CreateAll"/>, one <c>UpdateDocuments</c> call, a block that merges keep whole): a
/// block join gives each marker's title score to the clauses before it. Repeating the title in every clause made it
/// about 18 % of all indexed terms. A clause's score is the same as before: the title term is weighed with the
/// statistics it had in the clauses (<see cref="ClauseSearcher"/>), and its length norm is the title's, as it was.
/// </summary>
/// <remarks>
/// Only markers feed the join: an index of format 5 holds the title in its clauses, which the join would take for
/// parents (and throw on) while a search-only reader sees a data folder whose owner is still indexing it again
/// (<see cref="ClauseFields.CurrentFormat"/>). The filter scores nothing, and Lucene's join cannot explain a score.
/// <see cref="TermStates.Prepare"/> joins the word's prepared term query (its looked-up state and reused postings);
/// elsewhere the query rewrites to the join of a plain term query.
/// </remarks>
internal sealed class DocumentTitleQuery(TermQuery word) : Query
{
    /// <summary>The markers, one bit set per segment, kept while the segment lives (the join finds blocks by them).</summary>
    private static readonly Filter Markers = new FixedBitSetCachingWrapperFilter(
        new QueryWrapperFilter(new TermQuery(new Term(ClauseFields.Kind, ClauseFields.MarkerKind))));

    /// <summary>The title word's term query, boosted.</summary>
    public TermQuery Word => word;

    /// <summary>The markers of <paramref name="context"/>'s segment, null when it has none.</summary>
    public static FixedBitSet? MarkerBits(AtomicReaderContext context) => Markers.GetDocIdSet(context, null) as FixedBitSet;

    /// <summary>The clauses of the documents whose title holds the folded word <paramref name="folded"/>, each scored as the title's match.</summary>
    public static DocumentTitleQuery For(string folded, float boost) => new(new TermQuery(new Term(ClauseFields.Title, folded)) { Boost = boost });

    /// <summary>The join of <paramref name="titleQuery"/> (the word's query, prepared or not) to the clauses, with this query's boost.</summary>
    public Query Join(Query titleQuery) => new ToChildBlockJoinQuery(new FilteredQuery(titleQuery, Markers), Markers, doScores: true) { Boost = Boost };

    /// <inheritdoc />
    public override Query Rewrite(IndexReader reader) => Join(word);

    /// <inheritdoc />
    public override void ExtractTerms(ISet<Term> terms) => word.ExtractTerms(terms);

    /// <inheritdoc />
    public override string ToString(string field) => "title-of-document(" + word.ToString(field) + ")";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentTitleQuery other && Boost == other.Boost && word.Equals(other.Word);

    /// <inheritdoc />
    public override int GetHashCode() => word.GetHashCode() ^ Boost.GetHashCode() ^ 0x7177;
}
