namespace PolicyKB.Storage.Backup;

/// <summary>What a backup folder holds, written beside the copy as <c>manifest.json</c>.</summary>
/// <param name="CreatedAt">When the copy was made.</param>
/// <param name="SchemaVersion">The store's schema version (a restore needs the same version).</param>
/// <param name="Documents">Documents in the copy.</param>
/// <param name="Clauses">Clauses in the copy.</param>
/// <param name="Bytes">Size of the copied store file.</param>
/// <param name="Sha256">SHA-256 of the copied store file, hex: a damaged or edited copy is refused on restore.</param>
/// <param name="SourceDirectory">The data folder it was made from.</param>
public sealed record BackupManifest(
    DateTimeOffset CreatedAt, int SchemaVersion, int Documents, int Clauses, long Bytes, string Sha256, string SourceDirectory);
