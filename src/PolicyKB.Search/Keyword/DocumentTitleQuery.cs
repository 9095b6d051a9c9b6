using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Join;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Matches a title word once per document and scores every clause of the document with it. The title is indexed only
/// on the document's marker, which the index writer stores right after the document's clauses in one block
/// (<see cref="ClauseDocumentFactory.CreateAll"/>, one <c>UpdateDocuments</c> call, a block that merges keep whole): a
/// block join gives each marker's title score to the clauses before it. Repeating the title in every clause made it
/// about 18 % of all indexed terms; a clause's score is the same sum as before, its title part now weighed over
/// documents rather than clauses (<see cref="SearchSimilarity"/>).
/// </summary>
internal static class DocumentTitleQuery
{
    /// <summary>The markers, one bit set per segment, kept while the segment lives (the join finds blocks by them).</summary>
    private static readonly Filter Markers = new FixedBitSetCachingWrapperFilter(
        new QueryWrapperFilter(new TermQuery(new Term(ClauseFields.Kind, ClauseFields.MarkerKind))));

    /// <summary>The clauses of the documents whose title holds the folded word <paramref name="folded"/>, each scored as the title's match.</summary>
    public static Query Word(string folded, float boost) =>
        new ToChildBlockJoinQuery(new TermQuery(new Term(ClauseFields.Title, folded)) { Boost = boost }, Markers, doScores: true);
}
