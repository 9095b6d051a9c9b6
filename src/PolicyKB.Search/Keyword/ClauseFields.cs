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
    public const string HeadingShingles = "heading_sh";
    public const string HeadingFoldedShingles = "heading_shf";
    public const string Title = "title";
    public const string StoredText = "stored_text";
}
