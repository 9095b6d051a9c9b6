using System.Text.RegularExpressions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Text;

/// <summary>
/// Rows of a table whose cells the clause text holds one per line, as web pages and PDF text flatten tables: a header
/// opening with "STT"/"TT" alone on a line and its column titles ("Cấp học", "Khu vực nông thôn (xã)", …), then rows
/// each opening with its number alone on a line. The header is the clause's own or, for a group of rows parted into its
/// own clause ("I. NÂNG CAO NHẬN THỨC …"), the one closing a clause above it. A row with one line per column is read
/// with its cells labelled by their column titles ("Cơ quan chủ trì: Sở Nội vụ"), so a question about one row ("ai chủ
/// trì nhiệm vụ X", "học phí ở phường bao nhiêu") is answered by the row's cells read together, not by a lone line. A
/// row holding a group title and sub-rows ("Giáo dục phổ thông" / "Tiểu học 80 120" / "Trung học cơ sở 80 120") gives
/// one row per sub-row, named after the group. A table stating its unit ("Đơn vị tính: Nghìn đồng/người học/tháng")
/// gives each bare number of its rows that unit. A table whose rows mostly do not fit the header gives each row as one
/// unit of its lines as printed, or, for a row too long to be one record, its lines one by one.
/// </summary>
public static partial class TableRows
{
    /// <summary>Words opening the reading of a row in an answer: what follows it is no quotation but the row's cells named by their columns.</summary>
    public const string Prefix = "Dòng của bảng: ";

    private const int MaxHeaderCells = 8;
    private const int MaxHeaderCell = 80;
    private const int MaxRowLines = 40;
    private const int MaxRecord = 300;

    /// <summary>
    /// The units of <paramref name="clause"/>: its sentences (<see cref="SentenceSplitter"/>), with the lines of a
    /// flattened table replaced by the readings of its rows.
    /// </summary>
    public static List<string> Units(RetrievedClause clause)
    {
        if (Read(clause) is not { } table) return SentenceSplitter.Split(clause.Clause.Text);
        // The sentence announcing the table ("Mức học phí … như sau: Đơn vị tính: …") states none of its values: the rows answer.
        var units = SentenceSplitter.Split(string.Join('\n', table.Before)).Where(u => !LeadIn().IsMatch(u)).ToList();
        units.AddRange(table.Rows.Select(r => r.Reading));
        units.AddRange(SentenceSplitter.Split(string.Join('\n', table.After)));
        return units;
    }

    /// <summary>The row of <paramref name="clause"/> whose reading is <paramref name="unit"/>, or null when the unit is a sentence.</summary>
    public static TableRowUnit? Find(RetrievedClause clause, string unit) =>
        Read(clause) is { } table ? table.Rows.FirstOrDefault(r => r.Reading == unit) : null;

    /// <summary>
    /// The answer lines quoting <paramref name="unit"/> with citation <paramref name="n"/>: a sentence quoted verbatim,
    /// or a row's reading followed by its cells quoted verbatim (the reading adds the column titles, so it is not quoted).
    /// </summary>
    public static string Quote(RetrievedClause clause, string unit, int n) => Find(clause, unit) is { } row && row.Reading != row.Verbatim
        ? $"\n{Prefix}{row.Reading} [{n}]\n«{row.Verbatim}» [{n}]"
        : $"\n«{unit}» [{n}]";

    /// <summary>The table of <paramref name="clause"/>'s text, or null when it holds none this reader can label.</summary>
    public static FlatTable? Read(RetrievedClause clause) =>
        Read(clause.Clause.Text, clause.Ancestors.Reverse().Append(clause.Previous).OfType<PolicyKB.Documents.Clause>().Select(c => c.Text));

    /// <summary>
    /// The table of <paramref name="text"/>, or null when it holds none this reader can label. <paramref name="above"/>
    /// are the texts of the clauses above it, nearest first (its parent, …, its previous sibling): a group of rows in its
    /// own clause takes the header closing one of them (the annex's title, the previous group).
    /// </summary>
    public static FlatTable? Read(string text, IEnumerable<string> above)
    {
        var lines = Lines(text);
        if (!lines.Any(IsRowIndex)) return null;
        var flat = Flat(lines, above, out var fits);
        // A header over more lines than a row has cells is stacked over several rows ("Trữ lượng huy động" / "Quặng" / "Tấn WO3").
        return fits ? flat : Stacked(lines) ?? flat;
    }

    /// <summary>The table of <paramref name="lines"/> under a header of one row; <paramref name="fits"/> when most rows fit it.</summary>
    private static FlatTable? Flat(List<string> lines, IEnumerable<string> above, out bool fits)
    {
        fits = false;
        var start = HeaderIn(lines, out var header);
        if (start < 0)
        {
            header = above.Select(t => ClosingHeader(Lines(t))).FirstOrDefault(h => h is not null);
            if (header is null) return null;
            start = 0;
        }
        var unit = UnitOf(lines.Take(start));
        var rows = new List<TableRowUnit>();
        var records = new List<List<string>>();
        int labelled = 0, read = 0, at = start;
        while (at < lines.Count)
        {
            if (GroupTitled().IsMatch(lines[at])) { at++; continue; }
            if (Roman().IsMatch(lines[at])) { at += 2; continue; }
            if (!IsIndex(lines[at])) break;
            var number = Number(lines[at]);
            var cells = new List<string>();
            var end = at + 1;
            for (; end < lines.Count && cells.Count < MaxRowLines; end++)
            {
                if (cells.Count > 0 && (IsNext(lines, end, number, cells.Count >= header!.Count) || Roman().IsMatch(lines[end]) || GroupTitled().IsMatch(lines[end]))) break;
                cells.Add(lines[end]);
            }
            read++;
            records.Add(cells);
            var added = RowsOf(cells, header!, unit);
            if (added.Count > 0) labelled++;
            rows.AddRange(added.Count > 0 ? added : [Unlabelled(cells)]);
            at = end;
        }
        if (read == 0) return null;
        var before = lines.Take(start).Where(l => !IsHeaderPart(l, header!)).ToList();
        // A table whose rows mostly do not fit its header (cells wrapped over lines, merged cells, a place with several
        // venues each on its own lines) cannot name its cells by their columns. When its numbered rows run to the end of
        // the text (none cut off at the most lines a row holds), a short row is still one unit, its lines read together: a lone
        // line ("Khu Trung tâm Hội nghị …") says nothing of the row it belongs to ("8 / Phường Việt Yên / - / …"). A long
        // row is read line by line: one unit of it would cover any question about the table.
        if (labelled * 2 < read) return at == lines.Count ? new FlatTable(before, records.SelectMany(Record).ToList(), []) : null;
        fits = true;
        return new FlatTable(before, rows, lines.Skip(at).ToList());
    }

    /// <summary>An unlabelled row as one unit (its lines as printed), or its lines one by one when it is longer than <see cref="MaxRecord"/>.</summary>
    private static IEnumerable<TableRowUnit> Record(List<string> cells) => Verbatim(cells) is { Length: <= MaxRecord } verbatim
        ? [new TableRowUnit(verbatim, verbatim)]
        : cells.Select(c => new TableRowUnit(c, c));

    /// <summary>Rows read with their column titles: one per line of the header, or one per sub-row under a group title.</summary>
    private static List<TableRowUnit> RowsOf(List<string> cells, List<string> header, string? unit)
    {
        var k = header.Count;
        if (cells.Count == k) return [new TableRowUnit(Reading(cells, header, unit, null), Verbatim(cells))];
        // A group holds two sub-rows at least, each opening with a cell of its own (a capital or a number): a row whose
        // cells wrap over lines ("Rà soát, đánh giá hiện trạng" / "hạ tầng y tế cơ sở") may count as many lines.
        if (k < 2 || cells.Count < 2 * k + 1 || (cells.Count - 1) % k != 0) return [];
        for (var at = 1; at < cells.Count; at += k)
        {
            if (!char.IsUpper(cells[at][0]) && !char.IsDigit(cells[at][0])) return [];
        }
        var rows = new List<TableRowUnit>();
        for (var at = 1; at < cells.Count; at += k)
        {
            var sub = cells.GetRange(at, k);
            // The first sub-row follows the group title, so its quote holds the row's number and title as printed.
            var verbatim = at == 1 ? Verbatim(cells.GetRange(0, k + 1)) : Verbatim(sub);
            rows.Add(new TableRowUnit(Reading(sub, header, unit, cells[0]), verbatim));
        }
        return rows;
    }

    /// <summary>
    /// The cells of a row's <paramref name="reading"/> without the column titles naming them ("Công suất – 2021 - 2030:
    /// 3.500; Ghi chú: …" → "3.500 …"): a title says what a cell holds, not a value of the row.
    /// </summary>
    public static string Cells(string reading) => ColumnName().Replace(reading, " ").Trim();

    [GeneratedRegex(@"(?:^|;\s)[^;:]{1,300}?:\s")]
    private static partial Regex ColumnName();

    private static string Reading(List<string> cells, List<string> header, string? unit, string? group)
    {
        // The row's number is left out: read beside the cells it would pass for a quantity ("5 hộ kinh doanh").
        var parts = new List<string>();
        for (var i = 0; i < cells.Count; i++)
        {
            var value = i == 0 && group is not null ? $"{group} – {cells[i]}" : cells[i];
            // A bare number takes the unit the table states once: "120" of "Đơn vị tính: Nghìn đồng/người học/tháng".
            if (unit is not null && BareNumber().IsMatch(value)) value += " " + unit;
            parts.Add($"{header[i]}: {value}");
        }
        return string.Join("; ", parts);
    }

    private static TableRowUnit Unlabelled(List<string> cells) => new(string.Join("; ", cells), Verbatim(cells));

    private static string Verbatim(List<string> cells) => string.Join(' ', cells);

    /// <summary>The line the rows start at after the clause's own header ("STT" then the column titles), or -1.</summary>
    private static int HeaderIn(List<string> lines, out List<string>? header)
    {
        header = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsIndexTitle(lines[i])) continue;
            var titles = new List<string>();
            var j = i + 1;
            for (; j < lines.Count && titles.Count <= MaxHeaderCells && !IsIndex(lines[j]) && !Roman().IsMatch(lines[j]) && !GroupTitled().IsMatch(lines[j]); j++)
                titles.Add(lines[j]);
            if (j < lines.Count && titles.Count is >= 2 and <= MaxHeaderCells && titles.All(t => t.Length <= MaxHeaderCell))
            {
                header = titles;
                return j;
            }
        }
        return -1;
    }

    /// <summary>The column titles closing a clause's text ("… STT / Tên nhiệm vụ / Cơ quan chủ trì / …"), or null.</summary>
    private static List<string>? ClosingHeader(List<string> lines)
    {
        var at = lines.FindLastIndex(IsIndexTitle);
        if (at < 0) return null;
        var titles = lines.Skip(at + 1).ToList();
        return titles.Count is >= 2 and <= MaxHeaderCells && titles.All(t => t.Length <= MaxHeaderCell && !IsIndex(t)) ? titles : null;
    }

    /// <summary>The unit a table states once ("Đơn vị tính: Nghìn đồng/người học/tháng"), or null.</summary>
    private static string? UnitOf(IEnumerable<string> lines) =>
        lines.Select(l => UnitLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["unit"].Value.Trim().TrimEnd('.', ';', ')').Trim() is { Length: > 0 and <= 40 } unit ? unit.ToLowerInvariant() : null;

    private static bool IsHeaderPart(string line, List<string> header) => IsIndexTitle(line) || header.Contains(line, StringComparer.Ordinal);

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0).ToList();

    private static bool IsIndexTitle(string line) => VietnameseNormalizer.Fold(line).ToUpperInvariant() is "STT" or "TT" or "SO TT";

    private static bool IsIndex(string line) => Index().IsMatch(line);

    /// <summary>
    /// True when the line at <paramref name="at"/> opens the row after row <paramref name="number"/>. A row not yet
    /// <paramref name="full"/> may hold that number as a value ("Số lần: 2" in row 1): then the same number follows it.
    /// </summary>
    private static bool IsNext(List<string> lines, int at, int number, bool full) =>
        IsIndex(lines[at]) && Number(lines[at]) == number + 1 && at + 1 < lines.Count && (full || lines[at + 1] != lines[at]);

    private static int Number(string line) => int.Parse(line.TrimEnd('.'), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex Index();

    [GeneratedRegex(@"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.?$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.\s*\p{Lu}")]
    private static partial Regex GroupTitled();

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{3})*(?:,\d+)?$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"(?i)như\s+sau\s*:|:\s*$")]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"(?i)(?:Đơn vị tính|ĐVT)\s*:\s*(?<unit>[^;\n]+)")]
    private static partial Regex UnitLine();
}
