using Lucene.Net.Util;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// A clause's document id, kept in the index's doc values only when the clause's own id does not already say it. A
/// parsed clause is named under its document ("qd-281/dieu-5.1"), so the document id is the id's part before the first
/// '/', and writing it again for every clause cost the index step a second doc-values field per clause (Lucene
/// measures each binary doc-values field's memory per document it adds, by reflection) and the index some 40 bytes per
/// clause. Clauses named otherwise, or documents whose id holds a '/', still carry it in <see cref="ClauseFields.DocumentId"/>.
/// </summary>
internal static class ClauseDocumentIds
{
    /// <summary>True when <paramref name="clauseId"/> names <paramref name="documentId"/> as the part before its first '/'.</summary>
    public static bool ClauseIdNames(string clauseId, string documentId) =>
        documentId.Length > 0
        && clauseId.Length > documentId.Length
        && clauseId[documentId.Length] == '/'
        && clauseId.StartsWith(documentId, StringComparison.Ordinal)
        && !documentId.Contains('/');

    /// <summary>
    /// Points <paramref name="documentId"/> at the part of the UTF-8 clause id <paramref name="clauseId"/> before its
    /// first '/' (a byte that UTF-8 never uses inside another character); false when the id has none.
    /// </summary>
    public static bool ReadFromClauseId(BytesRef clauseId, BytesRef documentId)
    {
        var slash = clauseId.Bytes.AsSpan(clauseId.Offset, clauseId.Length).IndexOf((byte)'/');
        if (slash <= 0) return false;
        documentId.Bytes = clauseId.Bytes;
        documentId.Offset = clauseId.Offset;
        documentId.Length = slash;
        return true;
    }
}
