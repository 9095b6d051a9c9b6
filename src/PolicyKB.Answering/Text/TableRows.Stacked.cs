using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Text;

/// <summary>Tables whose header is stacked over several rows (<see cref="StackedHeader"/>).</summary>
public static partial class TableRows
{
    private const int MaxStackedTitles = 24;

    /// <summary>
    /// The table of <paramref name="lines"/> when its header holds more lines than its rows hold cells: a group cell over
    /// sub-columns, so each column is named by the cells over it ("Trữ lượng huy động – Tấn WO3: 124.830"). Rows are
    /// numbered "1", "1.2" or lettered "a"; a numbered line with a single cell after it ("3" / "Thái Nguyên") is a group's
    /// title, kept as printed. Null when the header does not stack over the rows' cells or most rows do not fit it.
    /// </summary>
    private static FlatTable? Stacked(List<string> lines)
    {
        var title = lines.FindIndex(IsIndexTitle);
        if (title < 0) return null;
        var start = title + 1;
        while (start < lines.Count && start - title <= MaxStackedTitles && !IsRowIndex(lines[start])) start++;
        var titles = lines.GetRange(title + 1, start - title - 1);
        if (start == lines.Count || titles.Count < 3 || titles.Count > MaxStackedTitles || titles.Any(t => t.Length > MaxHeaderCell)) return null;
        // The number of columns is the cell count most rows share; a row holds more lines than that only when it runs to the next row.
        // A lone row may hold a cell wrapped over two lines, so two rows at least must share the count.
        var columns = RowsFrom(lines, start, int.MaxValue, out _).Where(r => r.Count > 2).GroupBy(r => r.Count - 1)
            .Where(g => g.Count() >= 2).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();
        var records = RowsFrom(lines, start, columns, out var end);
        var full = records.Where(r => r.Count == columns + 1).ToList();
        var textual = Enumerable.Range(0, columns).Where(c => full.Count(r => Words().IsMatch(r[c + 1])) * 2 > full.Count).ToHashSet();
        if (StackedHeader.Columns(titles, columns, textual) is not { } header) return null;
        var unit = UnitOf(lines.Take(title));
        var rows = new List<TableRowUnit>();
        int labelled = 0, read = 0;
        foreach (var record in records)
        {
            var cells = record.Skip(1).ToList();
            if (cells.Count <= 1)
            {
                rows.Add(new TableRowUnit(Verbatim(record), Verbatim(record)));
                continue;
            }
            read++;
            if (cells.Count == columns)
            {
                labelled++;
                rows.Add(new TableRowUnit(Reading(cells, header, unit, null), Verbatim(cells)));
            }
            else rows.AddRange(Record(cells));
        }
        if (read == 0 || labelled * 2 < read) return null;
        return new FlatTable(lines.Take(title).ToList(), rows, lines.Skip(end).ToList());
    }

    /// <summary>
    /// The rows from <paramref name="start"/>, each its index line then its cells: a row ends at the index following its
    /// own ("2" after "1", "b" after "a", "3.2" or "a" after the group title "3"), or at any index once it holds
    /// <paramref name="columns"/> cells.
    /// </summary>
    private static List<List<string>> RowsFrom(List<string> lines, int start, int columns, out int end)
    {
        var rows = new List<List<string>>();
        var at = start;
        while (at < lines.Count && IsRowIndex(lines[at]))
        {
            var row = new List<string> { lines[at] };
            var next = at + 1;
            for (; next < lines.Count && row.Count <= MaxRowLines; next++)
            {
                var line = lines[next];
                if (row.Count > 1 && IsRowIndex(line) && (row.Count > columns || Follows(row[0], line, row.Count == 2))) break;
                row.Add(line);
            }
            rows.Add(row);
            at = next;
        }
        end = at;
        return rows;
    }

    /// <summary>True when <paramref name="next"/> numbers the row after <paramref name="index"/>, or one inside it when <paramref name="index"/> heads a group (<paramref name="group"/>).</summary>
    private static bool Follows(string index, string next, bool group)
    {
        index = index.TrimEnd('.', ')');
        next = next.TrimEnd('.', ')');
        if (index.Length == 1 && char.IsLetter(index[0])) return next.Length == 1 && next[0] == index[0] + 1;
        var parts = index.Split('.');
        var last = parts[^1];
        var sibling = string.Join('.', parts[..^1].Append((int.Parse(last, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return next == sibling || group && (next.StartsWith(index + ".", StringComparison.Ordinal) || char.IsLetter(next[0]));
    }

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Words();

    private static bool IsRowIndex(string line) => RowIndex().IsMatch(line);

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,2}){0,2}\.?|[a-zđ]\)?)$")]
    private static partial Regex RowIndex();
}
