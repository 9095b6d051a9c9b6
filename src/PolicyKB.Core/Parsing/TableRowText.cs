using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKB.Parsing;

/// <summary>
/// Writes the rows of one table as clause text, a row a paragraph. The header row stays as printed
/// ("STT | Nhiệm vụ | Cơ quan chủ trì"); each data row names its cells by their column
/// ("STT: 1; Nhiệm vụ: Rà soát …; Cơ quan chủ trì: Sở Y tế"), so a row read alone (a search hit, a quoted answer,
/// a fact) still says what each value is; a row under a group row or a merged cell reads whole (<see cref="TableGroups"/>).
/// A Markdown rule row ("| --- |") is dropped and marks the row above it as the header.
/// </summary>
public sealed partial class TableRowText
{
    private const int MaxHeaderCell = 80;

    private List<string>? _header;
    private List<string>? _previous;
    private readonly TableGroups _groups = new();

    /// <summary>Whether a line is a table row: a decoder marked it so, or plain text prints it after a pipe ("| 1 | … |", the last cell sometimes left open).</summary>
    public static bool IsPipeRow(string text)
    {
        var t = text.AsSpan().Trim();
        return t.Length > 2 && t[0] == '|' && t[1..].Contains('|');
    }

    /// <summary>Starts a new table: the next row may be its header.</summary>
    public void Reset()
    {
        _header = null;
        _previous = null;
        _groups.Clear();
    }

    /// <summary>The text of one row; empty for a rule row or a row of empty cells (nothing to keep).</summary>
    public string Render(string row)
    {
        var cells = Cells(row);
        if (cells.All(c => c.Length == 0)) return "";
        if (cells.All(c => Rule().IsMatch(c) || c.Length == 0))
        {
            // The row above a rule is the header (Markdown); it was written as printed already.
            if (_previous is not null) _header = _previous;
            _previous = null;
            _groups.Clear();
            return "";
        }
        var first = _previous is null && _header is null;
        _previous = cells;
        if (first && LooksLikeHeader(cells)) _header = cells;
        if (_header is null || ReferenceEquals(_header, cells) || cells.Count < 2) return Plain(cells);
        if (cells.SequenceEqual(_header))
        {
            // The header printed again (a table continued on the next page) starts its groups afresh.
            _groups.Clear();
            return Plain(cells);
        }
        cells = _groups.Apply(cells);
        var sb = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Length == 0) continue;
            if (sb.Length > 0) sb.Append("; ");
            var name = i < _header.Count ? _header[i] : "";
            if (name.Length > 0) sb.Append(name).Append(": ");
            sb.Append(cells[i]);
        }
        return sb.ToString();
    }

    private static string Plain(List<string> cells) => string.Join(" | ", cells.Where(c => c.Length > 0));

    /// <summary>A header names columns: two or more short cells, none a bare number (a data row's index).</summary>
    private static bool LooksLikeHeader(List<string> cells)
    {
        var filled = cells.Where(c => c.Length > 0).ToList();
        return filled.Count >= 2 && filled.All(c => c.Length <= MaxHeaderCell && !Index().IsMatch(c));
    }

    private static List<string> Cells(string row)
    {
        var t = row.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|')) t = t[..^1];
        return t.Split('|').Select(c => Squash(c.Replace("**", "", StringComparison.Ordinal))).ToList();
    }

    private static string Squash(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"^:?-{3,}:?$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXL]{1,6}\.?|[a-zđ]\)?)$")]
    private static partial Regex Index();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
