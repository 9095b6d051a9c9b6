namespace PolicyKB.Web.Models;

/// <summary>One group of a "Lược đồ".</summary>
/// <param name="Kind">Which relation, and in which direction.</param>
/// <param name="Label">The group's heading in Vietnamese ("Văn bản bị bãi bỏ").</param>
/// <param name="Entries">One entry per document (duplicates merged by key), stored documents first.</param>
public sealed record RelationGroup(RelationGroupKind Kind, string Label, IReadOnlyList<RelationEntry> Entries);
