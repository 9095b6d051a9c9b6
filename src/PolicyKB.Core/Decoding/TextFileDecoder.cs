namespace PolicyKB.Decoding;

/// <summary>
/// Plain text (.txt): UTF-8 with or without BOM, UTF-16 with or without BOM, or Windows-1258 (converted to composed
/// Unicode). Every file line becomes one <see cref="SourceLine"/> with its 1-based line number, blank lines included
/// (they separate paragraphs). Binary content, font encodings (TCVN3, VNI) and text over the
/// <see cref="DecodingLimits"/> are rejected with <see cref="DecodingException"/>.
/// </summary>
public sealed class TextFileDecoder : IContentDecoder
{
    private readonly DecodingLimits _limits;

    /// <summary>Creates the decoder with the default limits.</summary>
    public TextFileDecoder() : this(DecodingLimits.Default) { }

    /// <summary>Creates the decoder with the given limits.</summary>
    public TextFileDecoder(DecodingLimits limits) => _limits = limits;

    /// <inheritdoc />
    public string Format => "txt";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc />
    public bool Sniff(ReadOnlySpan<byte> head) => TextBytes.IsText(head);

    /// <inheritdoc />
    public DecodedText Decode(Stream content, string fileName)
    {
        var text = ReadText(content, new DecodingBudget(_limits, fileName), out var warnings);
        return FromText(text, warnings);
    }

    /// <summary>
    /// Reads the stream as text or throws with the reason it is not text; the character, line, line-length and
    /// word limits are checked on the text before anything (Markdig, the line list) is built from it.
    /// </summary>
    internal static string ReadText(Stream content, DecodingBudget budget, out List<string> warnings) =>
        ReadText(ContentBytes.ReadAll(content, budget.FileName), budget, out warnings, out _);

    /// <summary>
    /// <see cref="ReadText(Stream, DecodingBudget, out List{string})"/> on bytes already read, also giving the line
    /// starts it counted (<see cref="SourceLines.Starts"/>), so the callers do not split the text again.
    /// </summary>
    internal static string ReadText(byte[] bytes, DecodingBudget budget, out List<string> warnings, out int[] starts)
    {
        var fileName = budget.FileName;
        ContentBytes.RequireContent(bytes, fileName);
        // No encoding read here spends more than three bytes on a character: refuse without decoding.
        if (bytes.Length / 3 > budget.Limits.MaxCharacters) budget.Refuse(DecodingBudget.TooManyCharacters(budget.Limits.MaxCharacters));
        var reason = TextBytes.TryDecode(bytes, out var text, out warnings);
        if (reason is not null) throw new DecodingException(fileName, reason);
        if (text.Length > budget.Limits.MaxCharacters) budget.Refuse(DecodingBudget.TooManyCharacters(budget.Limits.MaxCharacters));
        starts = SourceLines.Starts(text);
        for (var i = 0; i < starts.Length; i++)
        {
            var end = i + 1 < starts.Length ? starts[i + 1] : text.Length;
            budget.AddLine(text.AsSpan(starts[i], end - starts[i]).TrimEnd("\r\n"));
        }
        return text;
    }

    /// <summary>One line per file line, text kept verbatim (repair is a later step).</summary>
    /// <param name="text">The text.</param>
    /// <param name="warnings">What decoding repaired.</param>
    /// <param name="starts">The text's line starts when already counted (<see cref="SourceLines.Starts"/>).</param>
    internal static DecodedText FromText(string text, IReadOnlyList<string> warnings, int[]? starts = null)
    {
        starts ??= SourceLines.Starts(text);
        var lines = new SourceLine[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            lines[i] = new SourceLine(i + 1, SourceLines.Line(text, starts, i));
        }
        return new DecodedText("txt", lines) { Warnings = warnings };
    }
}
