using System.Globalization;

namespace PolicyKB.Search.Replication;

/// <summary>
/// <c>data/replica.seq</c>: the sequence of the last change of the shared store this node's replica has applied. Written
/// after the index commit and the vector file write, through a temporary file flushed to disk and renamed over the old
/// one, so a crash leaves the previous value (replayed harmlessly) and never one ahead of the indexes.
/// </summary>
public sealed class ReplicaSequenceFile(string dataDirectory)
{
    /// <summary>The file name inside the data folder.</summary>
    public const string FileName = "replica.seq";

    /// <summary>The file's full path.</summary>
    public string Path { get; } = System.IO.Path.Combine(dataDirectory, FileName);

    /// <summary>The recorded sequence, or null when none is recorded (a new replica) or the file cannot be read as one.</summary>
    public long? Read()
    {
        if (!File.Exists(Path)) return null;
        return long.TryParse(File.ReadAllText(Path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : null;
    }

    /// <summary>Records <paramref name="sequence"/> durably.</summary>
    public void Write(long sequence)
    {
        var temp = Path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(System.Text.Encoding.ASCII.GetBytes(sequence.ToString(CultureInfo.InvariantCulture) + "\n"));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, Path, overwrite: true);
    }
}
