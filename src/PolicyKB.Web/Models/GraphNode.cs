namespace PolicyKB.Web.Models;

/// <summary>A node of the citation graph.</summary>
/// <param name="Id">"doc:{documentId}" for a stored document, "key:{key}" for a cited document not in the knowledge base.</param>
/// <param name="Kind">"document" or "cited".</param>
/// <param name="Label">Short label (số hiệu or key).</param>
/// <param name="Title">Longer title when known.</param>
/// <param name="DocumentId">The stored document, for "document" nodes.</param>
/// <param name="Key">The citation key, for "cited" nodes and for stored documents that are cited.</param>
/// <param name="Level">Issuing level: "trung-uong" (Party, National Assembly, Government, Prime Minister), "bo-nganh" (ministries), "dia-phuong" (provinces, districts) or "khac".</param>
/// <param name="CitedBy">Number of documents citing it.</param>
public sealed record GraphNode(string Id, string Kind, string Label, string? Title, string? DocumentId, string? Key, string Level, int CitedBy);
