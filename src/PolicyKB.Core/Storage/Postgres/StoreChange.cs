namespace PolicyKB.Storage.Postgres;

/// <summary>One entry of the change log: a document stored (or corrected) or removed, in commit order.</summary>
/// <param name="Sequence">Position in the log; a follower records the last it applied.</param>
/// <param name="DocumentId">The document changed.</param>
/// <param name="Removed">True when the document was removed, false when it was stored or corrected.</param>
/// <param name="At">When the change was committed (replication lag is measured from it).</param>
public sealed record StoreChange(long Sequence, string DocumentId, bool Removed, DateTimeOffset At);
