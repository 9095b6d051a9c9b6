using PolicyKB.Text.YearTables;

namespace PolicyKB.Text;

/// <summary>
/// Step 10, "year-tables": a table whose header row is years and whose rows hold one value per year, flattened by PDF
/// extraction into runs of years and numbers (Thông tư 01/2025/TT-BLĐTBXH Bảng 1: "Năm" / "1995 1996 …" / "Mức điều
/// chỉnh" / "4,78 4,51 …"), is rewritten one row a line: "Mức điều chỉnh: năm 1995 4,78; năm 1996 4,51; …." A
/// question about one year then finds its value beside it. The row goes on its label's first line and the table's
/// other lines are emptied, so line numbers never move. Runs after the spaces step, on trimmed single-spaced lines.
/// </summary>
public sealed class YearTableStep : ITextRepairStep
{
    /// <inheritdoc />
    public string Name => "year-tables";

    /// <inheritdoc />
    public void Apply(RepairContext context)
    {
        var texts = context.Lines.Select(l => l.Text).ToList();
        var rows = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            // Cheap test first: a table starts with a word line ("Năm"), never with a number or a long line.
            var text = texts[i];
            if (text.Length == 0 || text.Length > 40 || !char.IsLetter(text[0])) continue;
            if (YearTableReader.Read(texts, i) is not { } table) continue;
            foreach (var (line, row) in table.Rows) context.SetText(line, row);
            foreach (var line in table.Emptied) context.Blank(line);
            rows += table.Rows.Count;
            i = table.End - 1;
        }
        context.Count(Name, rows);
        if (rows > 0) context.AddNote($"{Name}: {rows} rows of year-by-value tables read one a line");
    }
}
