namespace PolicyKB.Ingestion.Identity;

/// <summary>How an incoming file relates to what is stored.</summary>
public enum IdentityKind
{
    /// <summary>A document not stored before.</summary>
    New,

    /// <summary>A new version of a stored document (same file on disk, or a replacement the caller asked for).</summary>
    NewVersion,

    /// <summary>The same bytes are already stored.</summary>
    Unchanged,

    /// <summary>The same bytes are stored by an older schema version and are read again under their id.</summary>
    Reread,
}
