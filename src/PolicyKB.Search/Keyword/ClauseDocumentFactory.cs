using Lucene.Net.Documents;
using PolicyKB.Documents;

namespace PolicyKB.Search.Keyword;

/// <summary>Turns a clause into its Lucene document; the same text feeds the unigram and shingle fields.</summary>
internal static class ClauseDocumentFactory
{
    public static Document Marker(PolicyDocument document)
    {
        var marker = new Document
        {
            new StringField(ClauseFields.DocumentId, document.Id, Field.Store.YES),
            new StringField(ClauseFields.ContentHash, document.ContentHash, Field.Store.YES),
            new StringField(ClauseFields.Kind, "__document", Field.Store.NO),
            new StoredField(ClauseFields.Format, ClauseFields.CurrentFormat),
        };
        return marker;
    }

    /// <summary>
    /// The Lucene documents of <paramref name="document"/>: one per clause, then its marker. Lazy, one at a time, as the
    /// index writer takes them; the title is read once for all the clauses, and nothing is read again that
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
                ? builder.Fill(document, clause, keysByClause[clause.Id], titleSyllables, facets: facets)
                : builder.Fill(document, clause, keysByClause[clause.Id], titleSyllables, analysis.Text(i), analysis.Heading(i), facets);
        }
        yield return Marker(document);
    }
}
