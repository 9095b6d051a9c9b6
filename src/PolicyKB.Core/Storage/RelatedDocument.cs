namespace PolicyKB.Storage;

/// <summary>A document that cites some of the same higher documents as another one.</summary>
/// <param name="DocumentId">The related document.</param>
/// <param name="SharedKeys">Citation keys both documents cite, most specific first.</param>
public sealed record RelatedDocument(string DocumentId, IReadOnlyList<string> SharedKeys);
