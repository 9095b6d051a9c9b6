namespace PolicyKB.Web.Services;

/// <summary>An uploaded file written to a temporary path.</summary>
/// <param name="FileName">The name as uploaded (folder parts removed).</param>
/// <param name="TempPath">Where its bytes are.</param>
/// <param name="Bytes">Its size.</param>
public sealed record ReceivedFile(string FileName, string TempPath, long Bytes);
