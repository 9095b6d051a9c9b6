using System.Text.RegularExpressions;

namespace PolicyKB.Facts.Rules;

/// <summary>
/// Tasks from annex tables (Phụ lục) in every layout the decoders produce (see <see cref="TableReader"/> and
/// <see cref="CellLineTableReader"/>). A header row, possibly with a sub-header row under merged cells, names the
/// columns; group rows (Roman numerals, a heading across the row) are skipped; a row with an empty lead cell is kept
/// as a partial task, never given another row's agency.
/// </summary>
internal sealed partial class TaskTableRule : IFactRule
{
    public string Name => "task-tables";

    public void Apply(FactContext context)
    {
        foreach (var rows in TableReader.Read(context.Lines)) AddTable(context, rows);
        foreach (var row in CellLineTableReader.Read(context.Lines))
        {
            if (row.Task.Length < 5) continue;
            context.Facts.Tasks.Add(new TaskFact
            {
                Text = row.Task, Lead = row.Leads.FirstOrDefault(), Leads = [.. row.Leads], Cooperating = [.. row.Cooperating], Deadline = row.Deadline, Output = row.Output,
                ClauseId = context.ClauseAt(row.Line)?.Id ?? "", Line = row.Line, Source = "table", Partial = row.Leads.Count == 0,
            });
        }
    }

    private static void AddTable(FactContext context, List<TableRow> rows)
    {
        for (var h = 0; h < Math.Min(rows.Count, 12); h++)
        {
            var columns = TableColumns.FromHeader(rows[h].Cells);
            if (columns is null) continue;
            var first = h + 1;
            // A sub-header under merged header cells ("Chủ trì | Phối hợp" under "Đơn vị thực hiện") refines the roles.
            if (first < rows.Count && !IsDataRow(rows[first], columns))
            {
                var merged = rows[h].Cells.Select((c, i) => c + " " + (i < rows[first].Cells.Count ? rows[first].Cells[i] : "")).ToList();
                columns = TableColumns.FromHeader(merged) ?? columns;
                first++;
            }
            var widest = rows.Skip(first).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max();
            var extra = rows[h].Cells.Count - widest;
            if (widest > 0 && extra > 0 && extra <= columns.First) columns = columns.Shift(extra);
            for (var r = first; r < rows.Count; r++) AddRow(context, rows[r], columns);
            return;
        }
    }

    private static bool IsDataRow(TableRow row, TableColumns columns)
    {
        var index = columns.Index >= 0 && columns.Index < row.Cells.Count ? row.Cells[columns.Index] : "";
        return Index().IsMatch(index) || Cell(row, columns.Task).Length > 30;
    }

    private static void AddRow(FactContext context, TableRow row, TableColumns columns)
    {
        var task = Cell(row, columns.Task);
        var index = Cell(row, columns.Index);
        if (task.Length < 5 || Roman().IsMatch(index)) return;
        if (columns.Index >= 0 && index.Length > 0 && !Index().IsMatch(index)) return;
        var leads = TaskPhrases.Agencies(Dashes().Replace(Cell(row, columns.Lead), ";"));
        context.Facts.Tasks.Add(new TaskFact
        {
            Text = task,
            Lead = leads.FirstOrDefault(),
            // "Sở Y tế; UBND các huyện": a cell naming several agencies makes each of them lead.
            Leads = leads,
            Cooperating = TaskPhrases.Agencies(Dashes().Replace(Cell(row, columns.Cooperating), ";")),
            Deadline = DeadlineReader.ReadCell(Cell(row, columns.Deadline)),
            Output = Cell(row, columns.Output) is { Length: > 0 } output ? output : null,
            ClauseId = context.ClauseAt(row.Line)?.Id ?? "",
            Line = row.Line,
            Source = "table",
            Partial = leads.Count == 0,
        });
    }

    private static string Cell(TableRow row, int column) => column >= 0 && column < row.Cells.Count ? row.Cells[column] : "";

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,2})?\.?$")]
    private static partial Regex Index();

    [GeneratedRegex(@"^(?:[IVX]{1,5}|[A-Đ])\.?$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"(?:^|;)\s*[-+•]\s+")]
    private static partial Regex Dashes();
}
