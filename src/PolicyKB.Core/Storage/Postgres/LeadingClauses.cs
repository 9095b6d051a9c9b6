namespace PolicyKB.Storage.Postgres;

/// <summary>
/// A stored document's leading clause candidates: its title clause (null when it has none) and its first other clause
/// whose text has a non-space character, with that text (so the caller applies its own notion of blank text).
/// </summary>
public sealed record LeadingClauses(string DocumentId, string ContentHash, string? TitleId, string? FirstId, string? FirstText);
