namespace PolicyKB.Facts;

/// <summary>One row of a table as read from text: its cells and the source line it starts on.</summary>
/// <param name="Cells">Cell texts, whitespace squashed; an empty string for an empty or merged cell.</param>
/// <param name="Line">First source line of the row.</param>
public sealed record TableRow(IReadOnlyList<string> Cells, int Line);
