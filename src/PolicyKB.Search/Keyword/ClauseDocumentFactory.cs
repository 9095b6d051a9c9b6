using System.Globalization;
using Lucene.Net.Documents;
using PolicyKB.Documents;

namespace PolicyKB.Search.Keyword;

/// <summary>Turns a clause into its Lucene document; the same text feeds the unigram and shingle fields.</summary>
internal static class ClauseDocumentFactory
{
    /// <summary>
    /// Shingle fields are only ever matched as single terms (two-syllable words), never in phrases, so they keep no
    /// positions (a third less indexing time); headings keep only folded shingles, body text both forms, so an exact
    /// two-syllable match ("bảo hiểm") still ranks above a folded one.
    /// </summary>
    private static readonly FieldType ShingleFieldType = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };

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
    /// index writer takes them; the title is read once for all the clauses.
    /// </summary>
    public static IEnumerable<Document> CreateAll(PolicyDocument document, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations)
    {
        var keysByClause = citations.ToLookup(c => c.ClauseId, c => c.Key);
        var metadata = document.Metadata;
        var title = string.Join(' ', new[] { metadata.Type, metadata.Number, metadata.Title }.Where(s => !string.IsNullOrEmpty(s)));
        var titleSyllables = title.Length > 0 ? ClauseSyllables.Of(title) : null;
        foreach (var clause in clauses) yield return Create(document, clause, keysByClause[clause.Id], titleSyllables);
        yield return Marker(document);
    }

    private static Document Create(PolicyDocument document, Clause clause, IEnumerable<string> citedKeys, ClauseSyllables? titleSyllables)
    {
        var metadata = document.Metadata;
        // Every analysed field of the text comes from one reading of it, not one analysis chain each.
        var syllables = ClauseSyllables.Of(clause.Text);
        var doc = new Document
        {
            new StringField(ClauseFields.Id, clause.Id, Field.Store.YES),
            new StringField(ClauseFields.DocumentId, document.Id, Field.Store.YES),
            // Result lists read ids from doc values: a stored-field load decompresses a whole block of clause texts.
            new BinaryDocValuesField(ClauseFields.Id, new Lucene.Net.Util.BytesRef(clause.Id)),
            new BinaryDocValuesField(ClauseFields.DocumentId, new Lucene.Net.Util.BytesRef(document.Id)),
            new StringField(ClauseFields.Kind, clause.Kind.ToString().ToLowerInvariant(), Field.Store.YES),
            new TextField(ClauseFields.Text, new UnigramTokenStream(syllables)),
            new Field(ClauseFields.TextShingles, new ShingleTokenStream(syllables.Accented), ShingleFieldType),
            new Field(ClauseFields.TextFoldedShingles, new ShingleTokenStream(syllables.Folded), ShingleFieldType),
            new StoredField(ClauseFields.StoredText, clause.Text),
            new StoredField(ClauseFields.StoredLabel, clause.Label),
            new StoredField(ClauseFields.StoredHeading, clause.Heading),
            new StoredField(ClauseFields.StoredPath, string.Join(ClauseFields.PathSeparator, clause.Path)),
        };
        if (clause.Heading.Length > 0)
        {
            var heading = ClauseSyllables.Of(clause.Heading);
            doc.Add(new TextField(ClauseFields.Heading, new UnigramTokenStream(heading)));
            doc.Add(new Field(ClauseFields.HeadingFoldedShingles, new ShingleTokenStream(heading.Folded), ShingleFieldType));
        }
        if (titleSyllables is not null) doc.Add(new TextField(ClauseFields.Title, new UnigramTokenStream(titleSyllables)));
        if (metadata.Type is { Length: > 0 } type) doc.Add(new StringField(ClauseFields.Type, FacetValues.Key(type), Field.Store.NO));
        if (metadata.Issuer is { Length: > 0 } issuer) doc.Add(new TextField(ClauseFields.Issuer, FacetValues.Key(issuer), Field.Store.NO));
        if (FacetValues.Province(metadata) is { Length: > 0 } province) doc.Add(new StringField(ClauseFields.Province, FacetValues.Key(province), Field.Store.NO));
        if (metadata.IssuedOn is { } date) doc.Add(new StringField(ClauseFields.Year, date.Year.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        foreach (var key in citedKeys.Distinct(StringComparer.Ordinal)) doc.Add(new StringField(ClauseFields.Cites, key, Field.Store.NO));
        return doc;
    }
}
