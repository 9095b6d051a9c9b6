namespace PolicyKB.Metadata;

/// <summary>
/// Gives back the capitals of proper names that <see cref="TitleCaser"/> lowered in a title printed in capitals,
/// from the same words written in mixed case in the document's own text: "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG BÙI THANH SƠN"
/// reads "Kết luận của Phó Thủ tướng Bùi Thanh Sơn" when the text writes "Phó Thủ tướng … Bùi Thanh Sơn". A name is a
/// run of two or more capitalised words inside a sentence; a run opening a sentence loses its first word, which may be
/// capitalised only for standing there.
/// </summary>
internal static class ProperNames
{
    /// <summary>Lines of text read for names after the title.</summary>
    private const int Reach = 400;

    private const int MaxRun = 6;

    private static readonly char[] Trim = [',', ';', ':', '.', '(', ')', '"', '“', '”', '‘', '’', '\'', '!', '?'];

    /// <summary>The capitalised runs of the mixed-case lines [<paramref name="from"/>, from + <see cref="Reach"/>).</summary>
    public static IReadOnlyList<string[]> In(LineView view, int from)
    {
        var runs = new List<string[]>();
        var run = new List<string>();
        var sentenceStart = true;
        void Close()
        {
            if (run.Count >= 2) runs.Add(run.Take(MaxRun).ToArray());
            run.Clear();
        }
        for (var i = Math.Max(0, from); i < Math.Min(view.Count, from + Reach); i++)
        {
            var text = view.Text(i);
            // Blank lines and lines in capitals (headings, letterheads) end a sentence; their capitals say nothing.
            if (view.IsBlank(i) || VietnameseText.IsAllCaps(text)) { Close(); sentenceStart = true; continue; }
            foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var core = token.Trim(Trim);
                if (token.TrimStart(Trim).Length != token.Length) Close();
                var capitalised = core.Length > 0 && char.IsUpper(core[0]) && core.Skip(1).All(char.IsLower);
                if (capitalised && !(sentenceStart && run.Count == 0)) run.Add(core);
                else Close();
                // After a full stop, a colon, a list label ("1.", "a)", "-") the next word may be capitalised only for opening.
                sentenceStart = token.EndsWith('.') || token.EndsWith(':') || token.EndsWith(';') || token.EndsWith('!') || token.EndsWith('?')
                    || core is "" or "-" or "+" or "–" or "•" || (token.EndsWith(')') && core.Length <= 3);
                if (token.TrimEnd(Trim).Length != token.Length) Close();
            }
        }
        Close();
        return runs;
    }

    /// <summary>
    /// <paramref name="title"/> with each lower-case word sequence that one of <paramref name="names"/> spells with
    /// capitals written as the name is. Never lowers a capital.
    /// </summary>
    public static string Restore(string title, IReadOnlyList<string[]> names)
    {
        if (names.Count == 0) return title;
        var tokens = title.Split(' ');
        var cores = tokens.Select(t => t.Trim(Trim).ToLowerInvariant()).ToArray();
        var byFirst = names.GroupBy(n => n[0].ToLowerInvariant()).ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToList());
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!byFirst.TryGetValue(cores[i], out var candidates)) continue;
            foreach (var name in candidates)
            {
                if (i + name.Length > tokens.Length) continue;
                var matches = true;
                for (var k = 0; k < name.Length && matches; k++) matches = cores[i + k] == name[k].ToLowerInvariant();
                if (!matches) continue;
                for (var k = 0; k < name.Length; k++)
                {
                    var core = tokens[i + k].Trim(Trim);
                    if (core.Length > 0 && char.IsLower(core[0])) tokens[i + k] = tokens[i + k].Replace(core, name[k], StringComparison.Ordinal);
                }
                i += name.Length - 1;
                break;
            }
        }
        return string.Join(' ', tokens);
    }
}
