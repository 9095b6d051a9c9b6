using PolicyKB.Decoding;
using PolicyKB.Metadata;

namespace PolicyKB.Facts;

/// <summary>
/// Finds tables in decoded lines, in two layouts: rows on one line with cells between pipes (Markdown tables,
/// DOCX rows as the Word decoder writes them), and cells one per line between lone "|" lines, an empty cell pair
/// closing the row (web pages flattened to text). Tables whose cells arrive one per line without separators (PDF text)
/// are read by <see cref="CellLineTableReader"/>.
/// </summary>
public static class TableReader
{
    /// <summary>Every table: its rows in order.</summary>
    public static IEnumerable<List<TableRow>> Read(IReadOnlyList<SourceLine> lines)
    {
        var i = 0;
        while (i < lines.Count)
        {
            if (IsPipeRow(lines[i]))
            {
                var rows = new List<TableRow>();
                for (; i < lines.Count && (IsPipeRow(lines[i]) || lines[i].IsBlank && i + 1 < lines.Count && IsPipeRow(lines[i + 1])); i++)
                {
                    if (lines[i].IsBlank || IsRule(lines[i].Text)) continue;
                    rows.Add(new TableRow(SplitPipes(lines[i].Text), lines[i].Number));
                }
                if (rows.Count >= 2) yield return rows;
                continue;
            }
            if (IsBar(lines[i].Text))
            {
                var rows = ReadCellBlocks(lines, ref i);
                if (rows.Count >= 2) yield return rows;
                continue;
            }
            i++;
        }
    }

    private static List<TableRow> ReadCellBlocks(IReadOnlyList<SourceLine> lines, ref int i)
    {
        var rows = new List<TableRow>();
        var cells = new List<string>();
        var cell = new List<string>();
        var rowLine = lines[i].Number;
        var bars = 0;
        for (; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (IsBar(text))
            {
                if (cell.Count > 0) { cells.Add(Join(cell)); cell.Clear(); bars = 0; }
                else if (++bars >= 1 && cells.Count > 0) { rows.Add(new TableRow([.. cells], rowLine)); cells.Clear(); }
                continue;
            }
            if (lines[i].IsBlank) continue;
            if (cells.Count == 0 && cell.Count == 0) rowLine = lines[i].Number;
            // A long run of text without bars ends the flattened table.
            if (cell.Count > 12) break;
            cell.Add(text);
        }
        if (cell.Count > 0 && cell.Count <= 12) cells.Add(Join(cell));
        if (cells.Count > 0) rows.Add(new TableRow([.. cells], rowLine));
        return rows;
    }

    private static string Join(List<string> parts) => VietnameseText.Squash(string.Join(' ', parts)).Replace("**", "", StringComparison.Ordinal).Trim();

    private static bool IsBar(string text) => text.AsSpan().Trim().SequenceEqual("|");

    private static bool IsPipeRow(SourceLine line) =>
        line.Style == LineStyle.TableRow || line.Text.AsSpan().TrimStart().StartsWith("|") && line.Text.AsSpan().Count('|') >= 2;

    private static bool IsRule(string text) => text.Trim().Trim('|').Split('|').All(c => c.Trim().Trim(':').Trim('-').Length == 0 && c.Contains('-'));

    private static List<string> SplitPipes(string text)
    {
        var t = text.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|')) t = t[..^1];
        return t.Split('|').Select(c => VietnameseText.Squash(c).Replace("**", "", StringComparison.Ordinal).Trim()).ToList();
    }
}
