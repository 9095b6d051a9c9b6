namespace PolicyKB.Text.YearTables;

/// <summary>What <see cref="YearTableReader"/> read: rows' text by line, the lines to empty, the first line after it.</summary>
/// <param name="Rows">Each row's readable text ("Mức điều chỉnh: năm 1995 4,78; năm 1996 4,51; …."), on its label's first line.</param>
/// <param name="Emptied">The table's other lines: the header, the rest of each label, the values.</param>
/// <param name="End">The line after the table's last line.</param>
internal sealed record YearTableRead(IReadOnlyDictionary<int, string> Rows, IReadOnlyList<int> Emptied, int End);
