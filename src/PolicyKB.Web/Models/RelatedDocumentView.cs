using PolicyKB.Contracts;

namespace PolicyKB.Web.Models;

/// <summary>A document implementing some of the same higher documents.</summary>
/// <param name="Document">The related document.</param>
/// <param name="SharedKeys">Citation keys both cite.</param>
public sealed record RelatedDocumentView(DocumentSummary Document, IReadOnlyList<string> SharedKeys);
