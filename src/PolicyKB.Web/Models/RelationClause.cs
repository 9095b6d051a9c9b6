namespace PolicyKB.Web.Models;

/// <summary>A clause stating or citing a relation, with an excerpt around the citation.</summary>
/// <param name="DocumentId">The document holding the clause (the map's document for outgoing groups, the acting document otherwise).</param>
/// <param name="ClauseId">The clause.</param>
/// <param name="Labels">Ancestor labels then the clause's own, outermost first (["III", "2", "b"]).</param>
/// <param name="Heading">The clause heading, or empty.</param>
/// <param name="Excerpt">The clause text around the citation, cut at word boundaries.</param>
/// <param name="Start">Offset of the citation in <paramref name="Excerpt"/>, or -1 when the clause states the relation without a citation span.</param>
/// <param name="Length">Length of the citation in <paramref name="Excerpt"/>.</param>
public sealed record RelationClause(
    string DocumentId, string ClauseId, IReadOnlyList<string> Labels, string Heading, string Excerpt, int Start, int Length);
