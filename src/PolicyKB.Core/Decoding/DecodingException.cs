namespace PolicyKB.Decoding;

/// <summary>A file could not be read as a document; the message names the file and the reason.</summary>
public sealed class DecodingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DecodingException(string fileName, string reason, Exception? inner = null)
        : base($"{fileName}: {reason}", inner)
    {
        FileName = fileName;
        Reason = reason;
    }

    /// <summary>The file that failed.</summary>
    public string FileName { get; }

    /// <summary>Why it failed, in words a user can act on.</summary>
    public string Reason { get; }
}
