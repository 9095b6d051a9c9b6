using System.Text.RegularExpressions;
using PolicyKB.Decoding;
using PolicyKB.Metadata;

namespace PolicyKB.Facts;

/// <summary>
/// Task tables whose cells arrive one per line: PDF text (a cell may wrap over several lines) and web tables
/// flattened to text (one paragraph per cell). A header block opens with "STT"/"TT" followed by the column titles
/// ("Nhiệm vụ", "Cơ quan chủ trì", "Đơn vị phối hợp", …, "Tiến độ"); each row opens with its number alone on a line
/// (numbering may restart after a group row "I", "II" and its heading, or "I. Kinh tế số" in one cell). Cells may
/// also be parted by lines holding only "|", as flattened web tables print them; a cell's wrapped lines join. A cell of
/// dots ("…......") marks rows left out: the numbering resumes from the row after it. A row with exactly one line per column is
/// read by position; otherwise the task runs until the first line opening with an agency ("Bộ …", "Các bộ, ngành …"),
/// each such line opens the next agency column, and a last line that reads as a deadline is the deadline. Page
/// furniture (the gazette's running head, page numbers, a repeated header) is skipped. A row whose agencies cannot
/// be told apart gives a partial task.
/// </summary>
public static partial class CellLineTableReader
{
    private const int MaxRowLines = 40;

    /// <summary>Every such table's rows.</summary>
    public static IEnumerable<CellLineTaskRow> Read(IReadOnlyList<SourceLine> lines)
    {
        for (var at = 0; at < lines.Count; at++)
        {
            // Cheap test first: most lines are long sentences, and only "STT"/"TT" alone opens such a table.
            if (lines[at].Text.Length > 12 || !IsIndexHeader(AgencyNames.Clean(lines[at].Text))) continue;
            // Web tables flattened to text put a blank line (or a line holding only "|") between cells; PDF text does not.
            var paragraphs = at + 1 < lines.Count && IsCellBreak(lines[at + 1]);
            if (!HasTaskHeader(Items(lines, at, paragraphs, 14))) continue;
            var texts = Items(lines, at, paragraphs, 5000);
            var rows = ReadTable(texts, out var consumed);
            foreach (var row in rows) yield return row;
            if (consumed == 0) continue;
            var last = texts[consumed - 1].Number;
            while (at + 1 < lines.Count && lines[at + 1].Number <= last) at++;
        }
    }

    /// <summary>The table's cells from its header on: one per non-blank line, or one per paragraph.</summary>
    private static bool HasTaskHeader(List<(string Text, int Number)> items)
    {
        var roles = items.Skip(1).TakeWhile(t => !IsRowStart(t.Text)).Select(t => Role(t.Text)).ToList();
        return roles.Contains("lead") && roles.Contains("task");
    }

    private static List<(string Text, int Number)> Items(IReadOnlyList<SourceLine> lines, int from, bool paragraphs, int max)
    {
        var items = new List<(string, int)>();
        var parts = new List<string>();
        var first = 0;
        for (var i = from; i < lines.Count && items.Count < max; i++)
        {
            if (IsCellBreak(lines[i]))
            {
                if (paragraphs && parts.Count > 0) { items.Add((AgencyNames.Clean(string.Join(' ', parts)), first)); parts.Clear(); }
                continue;
            }
            if (!paragraphs) { items.Add((AgencyNames.Clean(lines[i].Text), lines[i].Number)); continue; }
            // Separator lines are cell breaks; a cell's wrapped lines join into one item.
            if (parts.Count == 0) first = lines[i].Number;
            parts.Add(lines[i].Text);
        }
        if (parts.Count > 0) items.Add((AgencyNames.Clean(string.Join(' ', parts)), first));
        return items;
    }

    private static List<CellLineTaskRow> ReadTable(List<(string Text, int Number)> texts, out int consumed)
    {
        var rows = new List<CellLineTaskRow>();
        consumed = 0;
        var header = new List<string>();
        var j = 1;
        for (; j < texts.Count && j < 12 && !IsRowStart(texts[j].Text); j++) header.Add(texts[j].Text);
        var roles = header.Select(Role).Where(r => r is not null).Select(r => r!).ToList();
        if (j >= texts.Count || !roles.Contains("lead") || !roles.Contains("task")) return rows;
        var headerSet = header.ToHashSet(StringComparer.Ordinal);
        var expected = 1;
        var k = j;
        while (k < texts.Count)
        {
            // After a group row the numbering restarts at 1 or runs on ("II. HOÀN THIỆN CƠ CHẾ …" then "4").
            if (Roman().IsMatch(texts[k].Text)) { k += 2; expected = NextAfterGroup(texts, k, expected); continue; }
            // A group row printed as one cell with its title ("I. Kinh tế số").
            if (RomanTitled().IsMatch(texts[k].Text)) { k++; expected = NextAfterGroup(texts, k, expected); continue; }
            // "….........": rows left out of the printed excerpt; the numbering goes on from the next row's number.
            if (Elision().IsMatch(texts[k].Text))
            {
                k++;
                if (k < texts.Count && int.TryParse(texts[k].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var next) && next is > 0 and < 1000) expected = next;
                continue;
            }
            if (texts[k].Text != Number(expected)) break;
            var body = new List<string>();
            var start = texts[k].Number;
            for (k++; k < texts.Count && body.Count < MaxRowLines; k++)
            {
                var text = texts[k].Text;
                if (text == Number(expected + 1) || text == "1" || Roman().IsMatch(text) || RomanTitled().IsMatch(text) || Elision().IsMatch(text) || End().IsMatch(text)) break;
                if (Furniture().IsMatch(text) || headerSet.Contains(text) || IsIndexHeader(text) || IsPageNumber(text)) continue;
                body.Add(text);
            }
            rows.Add(Split(body, start, roles));
            expected = k < texts.Count && texts[k].Text == "1" ? 1 : expected + 1;
        }
        consumed = Math.Min(k, texts.Count);
        return rows;
    }

    /// <summary>The number the row after a group row at <paramref name="k"/> carries: 1, or the one the numbering runs on to.</summary>
    private static int NextAfterGroup(List<(string Text, int Number)> texts, int k, int expected) =>
        k < texts.Count && texts[k].Text == Number(expected) && expected > 1 ? expected : 1;

    private static CellLineTaskRow Split(List<string> body, int line, List<string> roles)
    {
        if (body.Count == roles.Count)
        {
            string? Cell(string role) => roles.IndexOf(role) is var at and >= 0 && body[at].Length > 0 ? body[at] : null;
            var cellLead = Cell("lead") is { } l ? TaskPhrases.Agencies(l) : [];
            return new CellLineTaskRow(Cell("task") ?? "", cellLead, Cell("coop") is { } c ? TaskPhrases.Agencies(c) : [],
                Cell("deadline") is { } d ? DeadlineReader.ReadCell(d) : null, Cell("output"), line);
        }
        Deadline? deadline = null;
        string? output = null;
        if (roles.Contains("deadline"))
        {
            // The deadline is the last line, or the one before an output cell.
            for (var back = 1; back <= Math.Min(2, body.Count - 1) && deadline is null; back++)
            {
                if (DeadlineReader.ReadCell(body[^back]) is { Kind: not "unknown" } d)
                {
                    deadline = d;
                    if (back == 2 && roles.Contains("output")) output = body[^1];
                    body = body[..^back];
                }
            }
        }
        var groups = new List<List<string>> { new() };
        foreach (var text in body)
        {
            if (groups[^1].Count > 0 && AgencyNames.StartsWithAgency(text)) groups.Add([]);
            groups[^1].Add(text);
        }
        var task = VietnameseText.Squash(string.Join(' ', groups[0]));
        var lead = groups.Count > 1 ? TaskPhrases.Agencies(string.Join(' ', groups[1])) : [];
        var coop = roles.Contains("coop") && groups.Count > 2 ? TaskPhrases.Agencies(string.Join(' ', groups[2])) : [];
        return new CellLineTaskRow(task, lead, coop, deadline, output, line);
    }

    private static string? Role(string header)
    {
        var h = VietnameseText.Fold(header);
        if (h.Contains("CHỦ TRÌ", StringComparison.Ordinal)) return "lead";
        if (h.Contains("PHỐI HỢP", StringComparison.Ordinal)) return "coop";
        if (h.Contains("PHÊ DUYỆT", StringComparison.Ordinal) || h.Contains("CẤP TRÌNH", StringComparison.Ordinal)) return "approve";
        if (h.Contains("TIẾN ĐỘ", StringComparison.Ordinal) || h.Contains("THỜI GIAN", StringComparison.Ordinal) || h.Contains("THỜI HẠN", StringComparison.Ordinal)) return "deadline";
        if (h.Contains("SẢN PHẨM", StringComparison.Ordinal)) return "output";
        if (h.Contains("NHIỆM VỤ", StringComparison.Ordinal) || h.Contains("NỘI DUNG", StringComparison.Ordinal) || h.StartsWith("TÊN", StringComparison.Ordinal)
            || h.Contains("CHỈ TIÊU", StringComparison.Ordinal)) return "task";
        return null;
    }

    private static bool IsRowStart(string text) => text == "1" || text == "I" || RomanTitled().IsMatch(text);

    /// <summary>A blank line, or a line holding only the "|" a flattened web table prints between cells.</summary>
    private static bool IsCellBreak(SourceLine line) => line.IsBlank || line.Text.AsSpan().Trim() is "|";

    private static bool IsIndexHeader(string text) => text is "STT" or "TT";

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A page number of the gazette ("69"); a year ("2025") is a deadline cell, not furniture.</summary>
    private static bool IsPageNumber(string text) =>
        text.Length <= 4 && text.All(char.IsDigit) && int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) is < 1900 or > 2100;

    [GeneratedRegex(@"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.\s*\p{L}")]
    private static partial Regex RomanTitled();

    [GeneratedRegex(@"^[….·]*…[….·]*$|^\.{3,}$")]
    private static partial Regex Elision();

    [GeneratedRegex(@"^CÔNG BÁO\s*/|^Số\s+\d+\s*\+?\s*\d*\s*/\s*Ngày|^\(Bộ/ngành", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^(?:PHỤ LỤC|Phụ lục|Điều \d|Nơi nhận)")]
    private static partial Regex End();
}
