namespace PolicyKB.Storage.Backup;

/// <summary>A backup could not be made or restored; the message says why in Vietnamese, and nothing stored was changed.</summary>
public sealed class BackupException(string message, Exception? inner = null) : IOException(message, inner);
