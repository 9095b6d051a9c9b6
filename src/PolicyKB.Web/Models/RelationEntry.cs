namespace PolicyKB.Web.Models;

/// <summary>One document in a group of a "Lược đồ", with the clauses that state the relation.</summary>
/// <param name="Key">The document's citation key ("281/QĐ-TTg", "Luật Dược"); null for a stored document without number.</param>
/// <param name="Label">Short name ("Quyết định 281/QĐ-TTg").</param>
/// <param name="Title">Trích yếu or name, when known.</param>
/// <param name="Issuer">Issuer, when known.</param>
/// <param name="Date">Issue date, ISO partial, when known.</param>
/// <param name="DocumentId">The document's id when it is in the knowledge base.</param>
/// <param name="Level">Issuing level: "trung-uong", "bo-nganh", "dia-phuong" or "khac".</param>
/// <param name="Basis">True when the citing document names it as legal basis.</param>
/// <param name="Implements">True when the citing document states that it implements (or applies) it.</param>
/// <param name="Part">The part affected, as printed, when only part of the document is (a partial repeal or amendment).</param>
/// <param name="EffectiveOn">When the relation takes effect (ISO), when stated.</param>
/// <param name="Clauses">The clauses stating or citing it, in the citing document's order.</param>
public sealed record RelationEntry(
    string? Key, string Label, string? Title, string? Issuer, string? Date, string? DocumentId, string Level,
    bool Basis, bool Implements, string? Part, string? EffectiveOn, IReadOnlyList<RelationClause> Clauses);
