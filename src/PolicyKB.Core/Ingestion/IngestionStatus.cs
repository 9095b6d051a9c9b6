namespace PolicyKB.Ingestion;

/// <summary>Outcome of ingesting one file.</summary>
public enum IngestionStatus
{
    /// <summary>A new document was stored.</summary>
    Stored,
    /// <summary>A new version of a stored document replaced the old one (the same file again, or an asked-for replacement).</summary>
    Replaced,
    /// <summary>The same content was already stored; nothing changed.</summary>
    Unchanged,
    /// <summary>The file could not be ingested; the store is as it was.</summary>
    Failed,
}
