namespace PolicyKB.Facts;

/// <summary>
/// Whether a cited document is still in force, as far as the store knows: "repealed" or "replaced" (by whom, from
/// when), "amended" (partly), "in-force" (stored, in effect, and nothing stored repeals it) or "unknown" ("chưa rõ").
/// </summary>
public sealed class EffectStatus
{
    /// <summary>The canonical key asked about.</summary>
    public string Key { get; set; } = "";

    /// <summary>"in-force", "repealed", "replaced", "amended" or "unknown".</summary>
    public string Status { get; set; } = EffectStatuses.Unknown;

    /// <summary>The status in Vietnamese, for people ("Đã bị thay thế bởi 63/2025/NQ-HĐND từ 2026-01-01").</summary>
    public string Label { get; set; } = "";

    /// <summary>The stored document with this number, when the store holds it.</summary>
    public string? DocumentId { get; set; }

    /// <summary>What later stored documents did to it, in document order.</summary>
    public List<EffectChange> By { get; set; } = [];
}
