namespace PolicyKB.Facts;

/// <summary>One row of a cell-per-line task table: its task, lead agencies (every one the cell names), cooperating agencies, deadline and output.</summary>
public sealed record CellLineTaskRow(string Task, IReadOnlyList<string> Leads, IReadOnlyList<string> Cooperating, Deadline? Deadline, string? Output, int Line);
