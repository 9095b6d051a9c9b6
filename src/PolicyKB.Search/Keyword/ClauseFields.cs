namespace PolicyKB.Search.Keyword;

/// <summary>Field names of a clause in the Lucene index.</summary>
internal static class ClauseFields
{
    public const string Id = "id";
    public const string DocumentId = "doc";
    public const string ContentHash = "hash";
    public const string Kind = "kind";
    public const string Type = "type";
    public const string Issuer = "issuer";
    public const string Province = "province";
    public const string Year = "year";
    public const string Cites = "cites";
    public const string Text = "text";
    public const string TextShingles = "text_sh";
    public const string TextFoldedShingles = "text_shf";
    public const string Heading = "heading";
    public const string HeadingFoldedShingles = "heading_shf";
    public const string Title = "title";
    public const string StoredText = "stored_text";
    public const string StoredLabel = "stored_label";
    public const string StoredHeading = "stored_heading";
    public const string StoredPath = "stored_path";
    public const string Format = "format";

    /// <summary>
    /// Version of the indexed fields; documents indexed with another version are indexed again at start. 5: the document
    /// id's doc values only where the clause id does not hold it (ClauseDocumentIds); a build of format 4 would drop the
    /// other hits, so it re-indexes them instead. The title field's folded-only terms (session 20) need no new version: the
    /// accented title terms an older index holds are never queried and do not change the folded terms' scores.
    /// </summary>
    public const string CurrentFormat = "5";

    /// <summary>Separates path labels in <see cref="StoredPath"/>.</summary>
    public const char PathSeparator = '\u001f';
}
