namespace PolicyKB.Web.Services;

/// <summary>
/// The files of one upload in a temporary folder that is deleted on dispose. The folders live under the data folder
/// (<see cref="UploadsFolderName"/>), which this process owns, so what a killed host left behind is removed at the next
/// start (<see cref="RemoveLeftovers"/>) without touching another host's uploads in the shared system temp folder.
/// </summary>
public sealed class UploadBatch : IDisposable
{
    /// <summary>The folder under the data folder that holds uploads while they are ingested.</summary>
    public const string UploadsFolderName = ".uploads";

    /// <summary>Creates an empty batch in a new folder under <paramref name="root"/>.</summary>
    public UploadBatch(string root)
    {
        Folder = Path.Combine(root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>Deletes uploads a previous run left in <paramref name="root"/> (killed mid-upload); returns how many.</summary>
    public static int RemoveLeftovers(string root)
    {
        if (!Directory.Exists(root)) return 0;
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                removed++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for the next start; it holds only a copy of an upload that was never answered.
            }
        }
        return removed;
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
