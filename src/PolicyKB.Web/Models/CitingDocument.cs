using PolicyKB.Contracts;

namespace PolicyKB.Web.Models;

/// <summary>A document citing a key, with its citing clauses.</summary>
/// <param name="Document">The citing document.</param>
/// <param name="Clauses">Its clauses citing the key, in document order.</param>
public sealed record CitingDocument(DocumentSummary Document, IReadOnlyList<CitingClause> Clauses);
