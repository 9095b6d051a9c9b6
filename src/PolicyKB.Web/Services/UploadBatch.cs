namespace PolicyKB.Web.Services;

/// <summary>The files of one upload in a temporary folder that is deleted on dispose.</summary>
public sealed class UploadBatch : IDisposable
{
    /// <summary>Creates an empty batch in a new temporary folder.</summary>
    public UploadBatch()
    {
        Folder = Path.Combine(Path.GetTempPath(), "policykb-uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The temporary folder.</summary>
    public string Folder { get; }

    /// <summary>The files received, in upload order.</summary>
    public List<ReceivedFile> Files { get; } = [];

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file still open elsewhere is left for the OS temp cleaner; the upload itself has been answered.
        }
    }
}
