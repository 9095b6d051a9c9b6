using PolicyKB.Corrections;
using PolicyKB.Documents;
using PolicyKB.Facts;

namespace PolicyKB.Storage;

/// <summary>Persistent store of documents, their clauses and citations.</summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>The stored content hash of a document, or null when it is not stored.</summary>
    string? GetContentHash(string documentId);

    /// <summary>
    /// Stores a document with its clauses, citations, facts and the original file it was read from (kept so the document
    /// can be read again), replacing any previous version atomically. The shared store holds one document per content:
    /// it refuses another document with bytes already stored (<see cref="ContentAlreadyStoredException"/>, nothing
    /// written), which only a write racing another node's can meet, since ingestion looks for the bytes first.
    /// </summary>
    void Replace(
        PolicyDocument document, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations, DocumentFacts? facts = null,
        OriginalFile? original = null);

    /// <summary>
    /// Does ahead, on the calling thread, the part of a later <see cref="Replace"/> of these same lists that needs no store
    /// (serialising and compressing the records), so the write itself, which bulk ingestion does one at a time, is short.
    /// Writes nothing; a store with nothing to do ahead ignores it.
    /// </summary>
    void PrepareReplace(
        string documentId, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations, DocumentFacts? facts, OriginalFile? original)
    {
    }

    /// <summary>The original file of a document, or null when none is kept (documents stored before originals were).</summary>
    OriginalFile? GetOriginal(string documentId);

    /// <summary>Ids of kept originals whose document is not stored: documents to read again (after a schema change).</summary>
    IReadOnlyList<string> FindUnreadOriginals();

    /// <summary>
    /// Groups the writes until the result is disposed into as few commits as possible (bulk ingestion). Each write stays
    /// atomic: a failing write is undone alone.
    /// </summary>
    IDisposable BeginBatch();

    /// <summary>
    /// Stores a document's corrected metadata together with the corrections made (the audit trail) and, when given, its
    /// facts brought in line with them, atomically.
    /// </summary>
    void Correct(PolicyDocument document, IReadOnlyList<MetadataCorrection> corrections, DocumentFacts? facts = null);

    /// <summary>Corrections made to this document or to its bytes, in the order made (the audit trail).</summary>
    IReadOnlyList<MetadataCorrection> GetCorrections(string documentId, string contentHash);

    /// <summary>Corrections made to these bytes, in the order made: re-applied when the same bytes are read again.</summary>
    IReadOnlyList<MetadataCorrection> GetCorrectionsForContent(string contentHash);

    /// <summary>Removes a document with its clauses and citations; false when it was not stored.</summary>
    bool Remove(string documentId);

    /// <summary>All documents, ordered by id.</summary>
    IReadOnlyList<PolicyDocument> ListDocuments();

    /// <summary>One document, or null.</summary>
    PolicyDocument? GetDocument(string documentId);

    /// <summary>Documents whose bytes have this SHA-256 hash (hex), ordered by id.</summary>
    IReadOnlyList<PolicyDocument> FindByContentHash(string contentHash);

    /// <summary>Documents ingested from this file name (<see cref="PolicyDocument.Source"/>), ordered by id.</summary>
    IReadOnlyList<PolicyDocument> FindBySource(string fileName);

    /// <summary>A document's clauses in document order.</summary>
    IReadOnlyList<Clause> GetClauses(string documentId);

    /// <summary>One clause, or null.</summary>
    Clause? GetClause(string clauseId);

    /// <summary>Citations filtered by citing document and/or key, in document and clause order.</summary>
    IReadOnlyList<Citation> FindCitations(string? documentId = null, string? key = null);

    /// <summary>Documents that cite at least one key the given document cites, most shared keys first.</summary>
    IReadOnlyList<RelatedDocument> FindRelated(string documentId);

    /// <summary>A document's facts, or null when it is not stored (or was stored without facts).</summary>
    DocumentFacts? GetFacts(string documentId);

    /// <summary>The facts of every stored document, ordered by document id (tasks, targets and relations across the store).</summary>
    IReadOnlyList<DocumentFacts> ListFacts();

    /// <summary>Sets each citation's target to the stored document whose number matches its key (both directions).</summary>
    int LinkCitationTargets();
}
