namespace PolicyKB.Answering.Text;

/// <summary>
/// How much of the question's wording a text keeps in order: the share of the question's adjacent subject syllables
/// that stand side by side in the text too. Breaks ties between sentences holding the same words, such as the rows of a
/// table ("Giáo dục phổ thông – Trung học cơ sở" and "… – Trung học phổ thông" both hold "trung học phổ thông"'s
/// syllables; only the second holds them as the question says them).
/// </summary>
public static class WordOrder
{
    /// <summary>
    /// The share (0–1) of the adjacent pairs of <paramref name="focus"/> keys in <paramref name="questionKeys"/> (in
    /// order) found adjacent in <paramref name="textPairs"/> (<see cref="CompoundMatch.Pairs"/>); 0 when the question has none.
    /// </summary>
    public static double Share(IReadOnlyList<string> questionKeys, IReadOnlySet<string> focus, IReadOnlySet<string> textPairs)
    {
        int total = 0, found = 0;
        for (var i = 0; i + 1 < questionKeys.Count; i++)
        {
            var (a, b) = (questionKeys[i], questionKeys[i + 1]);
            if (a == b || !focus.Contains(a) || !focus.Contains(b)) continue;
            total++;
            if (textPairs.Contains(a + " " + b)) found++;
        }
        return total == 0 ? 0 : (double)found / total;
    }
}
