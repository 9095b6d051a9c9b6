using PolicyKB.Contracts;

namespace PolicyKB.Web.Models;

/// <summary>A cited document and everything citing it ("which plans implement this").</summary>
/// <param name="Cited">What the citations say about the cited document.</param>
/// <param name="Target">The cited document itself, when it is in the knowledge base.</param>
/// <param name="CitingDocuments">Citing clauses grouped by document, most citing clauses first.</param>
public sealed record CitationDetail(CitedKey Cited, DocumentSummary? Target, IReadOnlyList<CitingDocument> CitingDocuments);
