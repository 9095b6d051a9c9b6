namespace PolicyKB.Metadata;

/// <summary>One cell of the header block: consecutive printed lines that belong together.</summary>
/// <param name="Kind">What the cell is.</param>
/// <param name="Line">Index of the line the cell starts on.</param>
/// <param name="Parts">The printed lines (or line fragments) of the cell.</param>
/// <param name="LastLine">Index of the line the cell ends on.</param>
internal sealed record HeaderCell(HeaderCellKind Kind, int Line, IReadOnlyList<string> Parts, int LastLine)
{
    /// <summary>The parts joined with spaces.</summary>
    public string Text { get; } = VietnameseText.Squash(string.Join(' ', Parts));
}
