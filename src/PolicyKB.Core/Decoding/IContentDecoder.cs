namespace PolicyKB.Decoding;

/// <summary>Reads one file format into lines of text. One implementation per format.</summary>
public interface IContentDecoder
{
    /// <summary>Short format name ("txt", "md", "docx", "pdf").</summary>
    string Format { get; }

    /// <summary>File extensions handled, lowercase with the dot (".md", ".markdown").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// Whether the leading bytes look like this format (magic numbers, valid UTF-8), so uploads are
    /// judged by content, not only by name.
    /// </summary>
    bool Sniff(ReadOnlySpan<byte> head);

    /// <summary>Decodes the content. Throws <see cref="DecodingException"/> with a reason a user can act on.</summary>
    DecodedText Decode(Stream content, string fileName);
}
