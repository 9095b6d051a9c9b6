namespace PolicyKB.Decoding;

/// <summary>Layout hints a decoder can recover from its format; plain text has none.</summary>
[Flags]
public enum LineStyle
{
    /// <summary>No hint.</summary>
    None = 0,
    /// <summary>Marked as a heading by the format (Markdown <c>#</c>, a Word heading style).</summary>
    Heading = 1,
    /// <summary>The whole line is bold.</summary>
    Bold = 2,
    /// <summary>The whole line is italic.</summary>
    Italic = 4,
    /// <summary>The line is a table row; cells are separated by " | ".</summary>
    TableRow = 8,
    /// <summary>The line is centred (Word alignment), as document titles usually are.</summary>
    Centered = 16,
    /// <summary>The line is an item of a format-level list (Markdown list, Word numbering); its label is in <see cref="SourceLine.ListLabel"/>.</summary>
    ListItem = 32,
}
