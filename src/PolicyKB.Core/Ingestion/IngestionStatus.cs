namespace PolicyKB.Ingestion;

/// <summary>Outcome of ingesting one file.</summary>
public enum IngestionStatus
{
    /// <summary>The document was stored (new or replaced).</summary>
    Stored,
    /// <summary>The same content was already stored; nothing changed.</summary>
    Unchanged,
    /// <summary>The file could not be ingested; the store is as it was.</summary>
    Failed,
}
