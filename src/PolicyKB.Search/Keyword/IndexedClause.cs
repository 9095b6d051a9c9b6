namespace PolicyKB.Search.Keyword;

/// <summary>
/// A clause as the keyword index stores it: enough to show a result without decoding the whole document from the
/// store, which keeps result lists fast when hits come from many documents.
/// </summary>
public sealed record IndexedClause(
    string ClauseId, string DocumentId, string Label, string Heading, IReadOnlyList<string> Path, string Kind, string Text);
