using LiteDB;
using PolicyKB.Documents;
using PolicyKB.Facts;

namespace PolicyKB.Storage;

/// <summary>
/// The records of one document's write, serialised and compressed: the CPU work of <see cref="LiteDbDocumentStore.Replace"/>
/// that needs no store, done ahead (<see cref="IDocumentStore.PrepareReplace"/>) so that the write itself is short.
/// Kept with the very lists it was made from, and used only for a write of those same lists.
/// </summary>
internal sealed class PackedWrite
{
    private readonly IReadOnlyList<Citation> _citations;
    private readonly DocumentFacts? _facts;

    private PackedWrite(string documentId, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations, DocumentFacts? facts, OriginalFile? original)
    {
        DocumentId = documentId;
        _citations = citations;
        _facts = facts;
        Original = original;
        ClauseSet = ClauseBson.ToSet(documentId, clauses);
        CitationSet = CitationBson.ToSet(documentId, citations);
        FactSet = facts is null ? null : FactBson.ToSet(documentId, facts);
        PackedOriginal = original is null ? null : LiteDbOriginals.Pack(original);
    }

    public string DocumentId { get; }

    public OriginalFile? Original { get; }

    public BsonDocument ClauseSet { get; }

    public BsonDocument CitationSet { get; }

    public BsonDocument? FactSet { get; }

    public byte[]? PackedOriginal { get; }

    /// <summary>Packs the records of a write.</summary>
    public static PackedWrite Create(
        string documentId, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations, DocumentFacts? facts, OriginalFile? original) =>
        new(documentId, clauses, citations, facts, original);

    /// <summary>True when this was packed for a write of exactly these (the clause list is the key it is kept under).</summary>
    public bool Matches(string documentId, IReadOnlyList<Citation> citations, DocumentFacts? facts, OriginalFile? original) =>
        DocumentId == documentId && ReferenceEquals(_citations, citations) && ReferenceEquals(_facts, facts) && Equals(Original, original);
}
