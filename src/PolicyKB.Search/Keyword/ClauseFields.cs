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
    /// other hits, so it re-indexes them instead. 6: the title is indexed once, on the document's marker, not in every
    /// clause (<see cref="DocumentTitleQuery"/>); a document of format 5 would lose its title matches, so it is re-indexed.
    /// </summary>
    public const string CurrentFormat = "6";

    /// <summary>The <see cref="Kind"/> of a document's marker, the last Lucene document of its block.</summary>
    public const string MarkerKind = "__document";

    /// <summary>Separates path labels in <see cref="StoredPath"/>.</summary>
    public const char PathSeparator = '\u001f';
}
