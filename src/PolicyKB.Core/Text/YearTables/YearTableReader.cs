using System.Text.RegularExpressions;

namespace PolicyKB.Text.YearTables;

/// <summary>
/// Reads a table whose header row is years and whose rows hold one value per year, as PDF extraction flattens it into
/// runs of words and numbers: "Năm Trước" / "1995" / "1995 1996 … 2004" / "Mức" / "điều" / "chỉnh" / "5,63" /
/// "4,78 4,51 … 3,43" (Thông tư 01/2025/TT-BLĐTBXH Bảng 1). The grammar, over the tokens of consecutive lines:
/// a header label of a few words, two or more year cells (a qualifier word such as "Trước" opens a cell), then rows,
/// each a label of a few words and exactly one number per year cell. A run of years after a label is the next
/// header, not a row. Only lines made of such tokens take part, so prose and numbered items end the table.
/// </summary>
internal static partial class YearTableReader
{
    private const int MaxHeaderWords = 4;
    private const int MaxLabelWords = 6;
    private const int MaxLineWords = 6;
    private const int MaxLines = 200;

    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase) { "Trước", "Sau", "Từ", "Đến", "Trên", "Dưới", "Ngoài" };

    /// <summary>
    /// The tables starting at line <paramref name="start"/>: each row's readable text by the line it goes on, the
    /// lines to empty, and the line after the last one read; null when no table starts there.
    /// </summary>
    public static YearTableRead? Read(IReadOnlyList<string> lines, int start)
    {
        // Most short lines start no table: they are told apart from their first few words without tokenising the run of
        // lines after them (up to MaxLines, from every such line of a table read one cell a line).
        if (!MayOpenTable(lines, start)) return null;
        var tokens = Tokenize(lines, start);
        var p = 0;
        var rows = new List<(int Line, string Text, HashSet<int> Lines)>();
        var headerLines = new HashSet<int>();
        var read = new HashSet<int>();
        while (ReadHeader(tokens, ref p, read) is { } header)
        {
            var before = rows.Count;
            while (ReadRow(tokens, ref p, header) is { } row) rows.Add(row);
            if (rows.Count == before) break;
            headerLines.UnionWith(read);
            read.Clear();
        }
        if (rows.Count == 0) return null;
        // A line shared by two parts (a row's values and the next row's label on one line) cannot take one row's text.
        var owners = new Dictionary<int, int>();
        foreach (var line in headerLines) owners[line] = -1;
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var line in rows[r].Lines)
            {
                if (owners.TryGetValue(line, out var owner) && owner != r) return null;
                owners[line] = r;
            }
        }
        var end = owners.Keys.Max() + 1;
        var replaced = rows.ToDictionary(r => r.Line, r => r.Text);
        var blanked = owners.Keys.Where(l => !replaced.ContainsKey(l)).Order().ToList();
        return new YearTableRead(replaced, blanked, end);
    }

    /// <summary>
    /// False when no header can open at line <paramref name="start"/>: a header is one to four words, at most one more
    /// qualifier word, then a year, so a year must come within the first six words of the lines from there, after words
    /// only. The tokens <see cref="Read"/> reads are a prefix of these words (it stops earlier, never later), so a line
    /// this rejects is one it would have rejected.
    /// </summary>
    internal static bool MayOpenTable(IReadOnlyList<string> lines, int start)
    {
        var words = 0;
        for (var i = start; i < lines.Count && i < start + MaxLines; i++)
        {
            // The words as Split(' ', RemoveEmptyEntries | TrimEntries) gives them, read in place: most lines end the
            // test at their first or second word.
            var line = lines[i].AsSpan();
            foreach (var range in line.Split(' '))
            {
                var part = line[range].Trim();
                if (part.IsEmpty) continue;
                if (Year().IsMatch(part)) return words > 0;
                // A number, or anything but a word, before the first year ends the header unread.
                if (!IsAllLetters(part) || ++words > MaxHeaderWords + 1) return false;
            }
        }
        return false;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (!char.IsLetter(c)) return false;
        }
        return true;
    }

    private static (string Label, List<string> Cells)? ReadHeader(List<Token> tokens, ref int p, HashSet<int> lines)
    {
        var q = p;
        var words = new List<string>();
        while (q < tokens.Count && tokens[q].Kind == TokenKind.Word && words.Count < MaxHeaderWords) words.Add(tokens[q++].Text);
        var label = words.TakeWhile(w => !Qualifiers.Contains(w)).ToList();
        if (label.Count == 0) return null;
        var pending = words.Skip(label.Count).Select(w => w.ToLowerInvariant()).ToList();
        var cells = new List<string>();
        var used = new List<int>();
        for (; q < tokens.Count; q++)
        {
            var token = tokens[q];
            if (token.Kind == TokenKind.Year) { pending.Add(token.Text); cells.Add(string.Join(' ', pending)); pending.Clear(); }
            else if (token.Kind == TokenKind.Word && Qualifiers.Contains(token.Text) && pending.Count == 0) pending.Add(token.Text.ToLowerInvariant());
            else break;
        }
        if (cells.Count < 2 || pending.Count > 0) return null;
        for (var k = p; k < q; k++) lines.Add(tokens[k].Line);
        p = q;
        var text = string.Join(' ', label);
        // "Năm" heads the cells: "năm 1995 4,78" reads as a phrase inside the row.
        return (char.ToLowerInvariant(text[0]) + text[1..], cells);
    }

    private static (int Line, string Text, HashSet<int> Lines)? ReadRow(List<Token> tokens, ref int p, (string Label, List<string> Cells) header)
    {
        var q = p;
        var words = new List<string>();
        while (q < tokens.Count && tokens[q].Kind == TokenKind.Word && words.Count < MaxLabelWords) words.Add(tokens[q++].Text);
        if (words.Count == 0) return null;
        var values = new List<Token>();
        while (q < tokens.Count && tokens[q].Kind is TokenKind.Number or TokenKind.Year && values.Count < header.Cells.Count) values.Add(tokens[q++]);
        // A run of years is the next header; a short or long run is not this table's row.
        if (values.Count != header.Cells.Count || values.All(v => v.Kind == TokenKind.Year)) return null;
        if (q < tokens.Count && tokens[q].Kind is TokenKind.Number or TokenKind.Year) return null;
        var lines = new HashSet<int>();
        for (var k = p; k < q; k++) lines.Add(tokens[k].Line);
        var pairs = header.Cells.Select((cell, i) => $"{header.Label} {cell} {values[i].Text}");
        var text = $"{string.Join(' ', words)}: {string.Join("; ", pairs)}.";
        var first = tokens[p].Line;
        p = q;
        return (first, text, lines);
    }

    /// <summary>Tokens of the lines from <paramref name="start"/> while each line is made only of short words and numbers.</summary>
    private static List<Token> Tokenize(IReadOnlyList<string> lines, int start)
    {
        var tokens = new List<Token>();
        var wordRun = 0;
        for (var i = start; i < lines.Count && i < start + MaxLines; i++)
        {
            var parts = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 0) continue;
            var lineTokens = new List<Token>(parts.Length);
            foreach (var part in parts)
            {
                var kind = Classify(part);
                if (kind is null) return tokens;
                lineTokens.Add(new Token(part, kind.Value, i));
            }
            // A line of many words is prose, not a wrapped cell.
            if (lineTokens.Count(t => t.Kind == TokenKind.Word) > MaxLineWords) return tokens;
            tokens.AddRange(lineTokens);
            // More words in a row than a label holds: short lines of text (a table read one cell a line), not this table.
            wordRun = lineTokens.All(t => t.Kind == TokenKind.Word) ? wordRun + lineTokens.Count : 0;
            if (wordRun > MaxHeaderWords + MaxLabelWords) return tokens;
        }
        return tokens;
    }

    private static TokenKind? Classify(string part)
    {
        if (Year().IsMatch(part)) return TokenKind.Year;
        if (Number().IsMatch(part)) return TokenKind.Number;
        return part.All(char.IsLetter) ? TokenKind.Word : null;
    }

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d{1,9}(?:[.,]\d+)*%?$")]
    private static partial Regex Number();

    private enum TokenKind { Word, Year, Number }

    private readonly record struct Token(string Text, TokenKind Kind, int Line);
}
