namespace PolicyKB.Decoding;

/// <summary>
/// Plain text (.txt): UTF-8 with or without BOM, or UTF-16 with BOM. Every file line becomes one
/// <see cref="SourceLine"/> with its 1-based line number, blank lines included (they separate paragraphs).
/// Binary content and legacy 8-bit encodings are rejected with <see cref="DecodingException"/>.
/// </summary>
public sealed class TextFileDecoder : IContentDecoder
{
    /// <inheritdoc />
    public string Format => "txt";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc />
    public bool Sniff(ReadOnlySpan<byte> head) => TextBytes.IsText(head);

    /// <inheritdoc />
    public DecodedText Decode(Stream content, string fileName)
    {
        var text = ReadText(content, fileName, out var warnings);
        return FromText(text, warnings);
    }

    /// <summary>Reads the stream as text or throws with the reason it is not text.</summary>
    internal static string ReadText(Stream content, string fileName, out List<string> warnings)
    {
        var bytes = ContentBytes.ReadAll(content, fileName);
        ContentBytes.RequireContent(bytes, fileName);
        var reason = TextBytes.TryDecode(bytes, out var text, out warnings);
        if (reason is not null) throw new DecodingException(fileName, reason);
        return text;
    }

    /// <summary>One line per file line, text kept verbatim (repair is a later step).</summary>
    internal static DecodedText FromText(string text, IReadOnlyList<string> warnings)
    {
        var starts = SourceLines.Starts(text);
        var lines = new SourceLine[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            lines[i] = new SourceLine(i + 1, SourceLines.Line(text, starts, i));
        }
        return new DecodedText("txt", lines) { Warnings = warnings };
    }
}
