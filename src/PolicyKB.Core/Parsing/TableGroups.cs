using System.Text.RegularExpressions;

namespace PolicyKB.Parsing;

/// <summary>
/// The group rows of one table, so a row under a group reads whole. Tables group rows two ways: a merged first cell
/// ("1. Nhiệm vụ X" spanning several rows, printed once and left empty below), and an outline in the index column
/// ("I", "a" above rows "1", "2"; the form of Nghị định 30/2020/NĐ-CP Phụ lục I numbering), whose row often carries a
/// value merged down over its members ("I | Đối tượng được hưởng mức 180.000đ/tháng | 180.000"). A member row takes the
/// cells it leaves empty from its group, and its text cell is prefixed by the group's label when the group row is a
/// heading of the rows below (an outline index above theirs, or a label row with empty value cells).
/// </summary>
internal sealed partial class TableGroups
{
    private readonly List<Group> _stack = [];

    /// <summary>Forgets every group: a new table or a repeated header row starts.</summary>
    public void Clear() => _stack.Clear();

    /// <summary>The row as it reads whole: empty cells taken from its group, the text cell after the group's label.</summary>
    public List<string> Apply(List<string> cells)
    {
        var rank = RankOf(cells[0]);
        // A row opens below the nearest group of higher rank: "1" under "I", "a" under "1"; an empty index never opens.
        if (rank != EmptyRank)
        {
            while (_stack.Count > 0 && _stack[^1].Rank >= rank) _stack.RemoveAt(_stack.Count - 1);
        }
        var parent = _stack.Count > 0 ? _stack[^1] : null;
        var whole = parent is null ? cells : Fill(cells, parent);
        if (rank != EmptyRank) _stack.Add(new Group(rank, whole, LabelColumn(cells), IsHeading(cells, rank)));
        return whole;
    }

    private static List<string> Fill(List<string> cells, Group parent)
    {
        var whole = new List<string>(cells);
        for (var i = 0; i < whole.Count && i < parent.Cells.Count; i++)
        {
            if (whole[i].Length == 0) whole[i] = parent.Cells[i];
        }
        var own = LabelColumn(cells);
        if (parent.IsHeading && parent.LabelColumn >= 0 && own >= 0)
        {
            whole[own] = parent.Cells[parent.LabelColumn].TrimEnd(' ', ':', ';', '.') + ": " + cells[own];
        }
        return whole;
    }

    /// <summary>The first cell that says something: not the index.</summary>
    private static int LabelColumn(List<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Length > 0 && RankOf(cells[i]) == TextRank) return i;
        }
        return -1;
    }

    /// <summary>
    /// A group row heads the rows below it when its index is an outline level above row numbers (Roman, capital
    /// letter), when it is a label alone across the row ("Nhóm chỉ tiêu về y tế | |"), or when it numbers a label and
    /// leaves a value cell empty ("a | Đối với hộ gia đình | |").
    /// </summary>
    private static bool IsHeading(List<string> cells, int rank)
    {
        if (rank == UpperRank) return true;
        var filled = cells.Skip(1).Count(c => c.Length > 0);
        if (rank == TextRank) return cells.Count >= 2 && filled == 0;
        return cells.Count >= 3 && filled >= 1 && filled < cells.Count - 1;
    }

    private const int TextRank = 0;
    private const int UpperRank = 1;
    private const int NumberRank = 2;
    private const int LetterRank = 3;
    private const int EmptyRank = 4;

    private static int RankOf(string index)
    {
        if (index.Length == 0) return EmptyRank;
        if (Roman().IsMatch(index) || UpperLetter().IsMatch(index)) return UpperRank;
        if (Number().IsMatch(index)) return NumberRank;
        if (Letter().IsMatch(index)) return LetterRank;
        return TextRank;
    }

    private sealed record Group(int Rank, List<string> Cells, int LabelColumn, bool IsHeading);

    [GeneratedRegex(@"^[IVXL]{1,6}\.?$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^[A-Z]\.?$")]
    private static partial Regex UpperLetter();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3})*\.?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[a-zđ][.)]?$")]
    private static partial Regex Letter();
}
