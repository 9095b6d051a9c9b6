namespace PolicyKB.Parsing;

/// <summary>How source lines relate to paragraphs, which depends on where the text came from.</summary>
public enum WrapMode
{
    /// <summary>Text extracted from PDF: lines are hard-wrapped, a paragraph ends at terminal punctuation or a short line.</summary>
    HardWrapped,
    /// <summary>Markdown: consecutive lines form one paragraph, blank lines separate paragraphs.</summary>
    Markdown,
    /// <summary>Word: every line is a paragraph of its own.</summary>
    OneParagraphPerLine,
}
