namespace PolicyKB.Facts;

/// <summary>One row of a cell-per-line task table: its task, lead, cooperating agencies, deadline and output.</summary>
public sealed record CellLineTaskRow(string Task, string? Lead, IReadOnlyList<string> Cooperating, Deadline? Deadline, string? Output, int Line);
