using PolicyKB.Documents;

namespace PolicyKB.Ingestion.Identity;

/// <summary>Which document an incoming file is.</summary>
/// <param name="DocumentId">The id it is stored under.</param>
/// <param name="Kind">New, a new version of a stored document, unchanged, or re-read for a newer schema.</param>
/// <param name="Existing">The stored document it matched, if any.</param>
public sealed record DocumentIdentity(string DocumentId, IdentityKind Kind, PolicyDocument? Existing)
{
    /// <summary>A sentence for the user when the outcome is not the obvious one (renamed id, replacement, duplicate).</summary>
    public string? Note { get; init; }
}
