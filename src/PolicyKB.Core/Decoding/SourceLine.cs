namespace PolicyKB.Decoding;

/// <summary>
/// One line of decoded text with the place it came from, so every clause can point back to its source.
/// </summary>
/// <param name="Number">1-based line number in the source (for .txt/.md the file line; for .docx the paragraph; for .pdf a running line count).</param>
/// <param name="Text">The text, format syntax removed (no <c>**</c>, no <c>#</c>).</param>
/// <param name="Style">Layout hints from the format.</param>
public sealed record SourceLine(int Number, string Text, LineStyle Style = LineStyle.None)
{
    /// <summary>Heading level (1–6) when <see cref="LineStyle.Heading"/> is set.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>List label rendered by the format (Word automatic numbering "1.", "a)"), already prefixed to <see cref="Text"/>.</summary>
    public string? ListLabel { get; init; }

    /// <summary>Page number (PDF) when known.</summary>
    public int? Page { get; init; }

    /// <summary>True when the line is blank after trimming.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
