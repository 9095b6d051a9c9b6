using Lucene.Net.Documents;
using PolicyKB.Documents;

namespace PolicyKB.Search.Keyword;

/// <summary>Turns a clause into its Lucene document; the same text feeds the unigram and shingle fields.</summary>
internal static class ClauseDocumentFactory
{
    /// <summary>
    /// The document's marker, written after its clauses in the same block: its id, content hash and index format, and
    /// the title's folded words, indexed here once for the whole document instead of in every clause (a title was about
    /// 18 % of all indexed terms). <see cref="DocumentTitleQuery"/> gives a marker's title score to the clauses before it.
    /// </summary>
    public static Document Marker(PolicyDocument document, ClauseSyllables? titleSyllables = null)
    {
        var marker = new Document
        {
            new StringField(ClauseFields.DocumentId, document.Id, Field.Store.YES),
            new StringField(ClauseFields.ContentHash, document.ContentHash, Field.Store.YES),
            new StringField(ClauseFields.Kind, ClauseFields.MarkerKind, Field.Store.NO),
            new StoredField(ClauseFields.Format, ClauseFields.CurrentFormat),
        };
        if (titleSyllables is not null)
        {
            // Queries match the title by its folded words alone (KeywordQueryBuilder).
            var words = new UnigramTokenStream();
            words.Use(titleSyllables, foldedOnly: true);
            marker.Add(new Field(ClauseFields.Title, words, ClauseDocumentBuilder.TermsFieldType));
        }
        return marker;
    }

    /// <summary>
    /// The Lucene documents of <paramref name="document"/>: one per clause, then its marker (which holds the title).
    /// Lazy, one at a time, as the index writer takes them; and nothing is read again that
    /// <paramref name="analysis"/> (when it fits these clauses) already read. Each clause's document is the calling
    /// thread's <see cref="ClauseDocumentBuilder"/> refilled, so it is valid only until the next one is taken.
    /// </summary>
    public static IEnumerable<Document> CreateAll(PolicyDocument document, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations, ClauseAnalysis? analysis = null)
    {
        var keysByClause = citations.ToLookup(c => c.ClauseId, c => c.Key);
        var title = ClauseAnalysis.TitleOf(document.Metadata);
        if (analysis is not null && !analysis.Fits(clauses, title)) analysis = null;
        var titleSyllables = analysis is not null ? analysis.TitleSyllables : title.Length > 0 ? ClauseSyllables.Of(title) : null;
        var facets = DocumentFacetKeys.Of(document.Metadata);
        var builder = ClauseDocumentBuilder.ForThisThread();
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            yield return analysis is null
                ? builder.Fill(document, clause, keysByClause[clause.Id], facets: facets)
                : builder.Fill(document, clause, keysByClause[clause.Id], analysis.Text(i), analysis.Heading(i), facets);
        }
        yield return Marker(document, titleSyllables);
    }
}
