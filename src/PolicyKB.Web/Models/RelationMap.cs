using PolicyKB.Contracts;

namespace PolicyKB.Web.Models;

/// <summary>A document's "Lược đồ": every document it rests on or acts on, and every stored document acting on it.</summary>
/// <param name="Document">The document the map is centred on.</param>
/// <param name="Key">Its citation key (số hiệu), under which other documents cite it; null when it prints no number.</param>
/// <param name="Groups">One group per <see cref="RelationGroupKind"/>, always all of them and in that order (empty ones included, so a reader sees "none" rather than a gap).</param>
public sealed record RelationMap(DocumentSummary Document, string? Key, IReadOnlyList<RelationGroup> Groups);
