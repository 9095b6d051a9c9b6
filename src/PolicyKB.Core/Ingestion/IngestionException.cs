namespace PolicyKB.Ingestion;

/// <summary>A file could not be ingested; the message says which step failed and why, in words a user can act on.</summary>
public sealed class IngestionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IngestionException(string reason, Exception? inner = null) : base(reason, inner) { }
}
