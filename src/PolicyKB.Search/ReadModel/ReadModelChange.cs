using PolicyKB.Documents;

namespace PolicyKB.Search.ReadModel;

/// <summary>
/// One document as stored now, for a per-document update of the read model: <paramref name="Document"/> null means it is
/// no longer stored; <paramref name="Citations"/> are its citations in clause order.
/// </summary>
public sealed record ReadModelChange(string DocumentId, PolicyDocument? Document, IReadOnlyList<Citation> Citations);
