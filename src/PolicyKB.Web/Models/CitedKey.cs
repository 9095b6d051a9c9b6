namespace PolicyKB.Web.Models;

/// <summary>A cited document as known from the citations to it.</summary>
/// <param name="Key">Canonical key ("281/QĐ-TTg", "Luật Dược").</param>
/// <param name="Type">Type word ("Quyết định").</param>
/// <param name="Number">Số hiệu, when numbered.</param>
/// <param name="Name">Name or title, when printed by a citing clause.</param>
/// <param name="Issuer">Issuer, when printed.</param>
/// <param name="Date">Issue date, ISO partial.</param>
/// <param name="TargetDocumentId">The document's id when it is itself in the knowledge base.</param>
/// <param name="Documents">Number of documents citing it.</param>
/// <param name="Clauses">Number of citing clauses.</param>
/// <param name="Basis">True when some document cites it as legal basis.</param>
public sealed record CitedKey(
    string Key, string? Type, string? Number, string? Name, string? Issuer, string? Date, string? TargetDocumentId,
    int Documents, int Clauses, bool Basis);
