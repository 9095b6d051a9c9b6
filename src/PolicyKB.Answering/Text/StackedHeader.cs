namespace PolicyKB.Answering.Text;

/// <summary>
/// The column names of a table header printed over several rows and flattened one cell per line, row by row: a group
/// cell ("Trữ lượng huy động") over sub-columns ("Quặng (10³ tấn)" / "Tấn WO3"), perhaps over groups of its own ("Công
/// suất khai thác" / "2021 - 2030" / …). Flattening loses where each cell stood, so every way of stacking the lines over
/// the row's number of columns is tried, keeping those where every column below the top row ends in the last row (a
/// header's lowest row carries all its sub-columns; the top row's single cells span down to it) and, among them, those
/// whose sibling groups hold the same sub-columns most often (a table repeats "Quặng / Tinh quặng" under each period).
/// A column is named by the cells over it that every kept stacking agrees on ("Trữ lượng huy động – Tấn WO3"); when
/// they disagree on a column's own cell the header is not read.
/// </summary>
internal static class StackedHeader
{
    private const int MaxSteps = 20000;

    private sealed record Cell(string Title, int Start, int Width, int Parent, int Depth);

    /// <summary>The names of <paramref name="columns"/> columns under <paramref name="titles"/>, or null when the titles do not stack over them unambiguously.</summary>
    /// <param name="titles">The header's lines, row by row.</param>
    /// <param name="columns">How many cells a row holds.</param>
    /// <param name="textual">The columns whose cells are words (names, notes): a table's sub-columns mostly hold numbers, so these are taken as single cells of the top row when the stacking is otherwise open.</param>
    public static List<string>? Columns(IReadOnlyList<string> titles, int columns, IReadOnlySet<int>? textual = null)
    {
        if (columns < 2 || titles.Count <= columns || titles.Count > 2 * columns - 1) return null;
        var parses = new List<List<Cell>>();
        var steps = 0;
        Row(titles, 0, [new Cell("", 0, columns, -1, 0)], [0], parses, ref steps);
        if (steps > MaxSteps || parses.Count == 0) return null;
        textual ??= new HashSet<int>();
        // Fewest word columns under a group, then the most cells in the top row (a title spans down rather than sits under
        // a group), then the most regular, then single cells first along the top row (a table opens with its name columns and
        // groups its figures after them).
        var best = parses.GroupBy(p => (Grouped(p, textual), -Top(p).Length, -Regularity(p))).MinBy(g => g.Key)!
            .GroupBy(Top, StringComparer.Ordinal).MaxBy(g => g.Key, StringComparer.Ordinal)!.Select(p => Paths(p, columns)).ToList();
        var names = new List<string>();
        for (var c = 0; c < columns; c++)
        {
            var leaf = best[0][c][^1];
            if (best.Any(p => p[c][^1] != leaf)) return null;
            var shared = best[0][c].Where(t => best.All(p => p[c].Contains(t))).ToList();
            names.Add(string.Join(" – ", shared));
        }
        return names;
    }

    /// <summary>Stacks the next row: each pending group (left to right) takes its sub-cells now or, spanning down, later.</summary>
    private static void Row(IReadOnlyList<string> titles, int at, List<Cell> cells, List<int> pending, List<List<Cell>> parses, ref int steps)
    {
        if (++steps > MaxSteps) return;
        if (pending.Count == 0)
        {
            if (at == titles.Count) parses.Add([.. cells]);
            return;
        }
        if (at < titles.Count) Expand(titles, at, cells, pending, 0, [], [], parses, ref steps, false);
    }

    private static void Expand(IReadOnlyList<string> titles, int at, List<Cell> cells, List<int> pending, int g, List<int> next,
        List<int> leaves, List<List<Cell>> parses, ref int steps, bool any)
    {
        if (steps > MaxSteps) return;
        if (g == pending.Count)
        {
            if (!any) return;
            // Every column below the top row ends in the last row: a sub-column placed while groups still wait breaks that.
            if (next.Count > 0 && leaves.Any(l => cells[l].Depth > 1)) return;
            Row(titles, at, cells, next.OrderBy(i => cells[i].Start).ToList(), parses, ref steps);
            return;
        }
        var group = cells[pending[g]];
        // Spanning down: the group's sub-cells come in a later row (the root, the header itself, cannot wait).
        if (pending[g] != 0) Expand(titles, at, cells, pending, g + 1, [.. next, pending[g]], leaves, parses, ref steps, any);
        Children(titles, at, cells, pending, g, group.Start, group.Start + group.Width, 0, next, leaves, parses, ref steps);
    }

    /// <summary>Splits the columns from <paramref name="start"/> to <paramref name="end"/> among the next titles, two sub-cells at least.</summary>
    private static void Children(IReadOnlyList<string> titles, int at, List<Cell> cells, List<int> pending, int g, int start, int end,
        int placed, List<int> next, List<int> leaves, List<List<Cell>> parses, ref int steps)
    {
        if (start == end)
        {
            if (placed >= 2) Expand(titles, at, cells, pending, g + 1, next, leaves, parses, ref steps, true);
            return;
        }
        if (at >= titles.Count || steps > MaxSteps) return;
        var parent = cells[pending[g]];
        for (var width = 1; width <= end - start && (placed > 0 || width < end - start); width++)
        {
            var index = cells.Count;
            cells.Add(new Cell(titles[at], start, width, pending[g], parent.Depth + 1));
            Children(titles, at + 1, cells, pending, g, start + width, end, placed + 1,
                width > 1 ? [.. next, index] : next, width == 1 ? [.. leaves, index] : leaves, parses, ref steps);
            cells.RemoveAt(index);
        }
    }

    /// <summary>How many pairs of sibling groups hold the same sub-column titles.</summary>
    private static int Regularity(List<Cell> cells)
    {
        var groups = cells.Select((c, i) => (c, i)).Where(x => x.c.Width > 1 && x.i > 0)
            .Select(x => (x.c.Parent, Children: string.Join("\n", cells.Where(k => k.Parent == x.i).Select(k => k.Title)))).ToList();
        return groups.GroupBy(x => (x.Parent, x.Children)).Sum(g => g.Count() - 1);
    }

    /// <summary>How many of the <paramref name="textual"/> columns stand under a group.</summary>
    private static int Grouped(List<Cell> cells, IReadOnlySet<int> textual) =>
        cells.Count(c => c.Width == 1 && c.Depth > 1 && textual.Contains(c.Start));

    /// <summary>The top row's cells, "1" for a single column and "0" for a group: the larger, the later its first group.</summary>
    private static string Top(List<Cell> cells) => string.Concat(cells.Where(c => c.Depth == 1).OrderBy(c => c.Start).Select(c => c.Width == 1 ? '1' : '0'));

    /// <summary>For each column, the titles over it from the top row down.</summary>
    private static List<List<string>> Paths(List<Cell> cells, int columns)
    {
        var paths = new List<List<string>>();
        for (var c = 0; c < columns; c++)
        {
            var leaf = cells.FindIndex(k => k.Width == 1 && k.Start == c && k.Parent >= 0);
            var path = new List<string>();
            for (var i = leaf; i > 0; i = cells[i].Parent) path.Insert(0, cells[i].Title);
            paths.Add(path);
        }
        return paths;
    }
}
