namespace PolicyKB.Search.Translation;

/// <summary>
/// Which pairs of adjacent syllables are words: those whose syllables occur together often against how often each
/// occurs at all (Dice coefficient 2·c(ab) / (c(a) + c(b))). "hỗ trợ" and "học phí" pass; "việc ở", two words that
/// merely meet, does not. Counted on folded syllables, as <see cref="TranslationUnits"/> gives them.
/// </summary>
public static class Collocations
{
    /// <summary>The <see cref="TranslationUnits"/> of <paramref name="texts"/> seen at least twice with a Dice coefficient of at least <paramref name="minDice"/>.</summary>
    public static HashSet<string> Of(IEnumerable<string> texts, double minDice)
    {
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        var syllables = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var units = TranslationUnits.Of(text);
            foreach (var unit in units) pairs[unit] = pairs.GetValueOrDefault(unit) + 1;
            // Each syllable counted once per occurrence: as the first of its pair, and the last syllable of a run too.
            for (var i = 0; i < units.Count; i++)
            {
                var space = units[i].IndexOf(' ', StringComparison.Ordinal);
                var first = units[i][..space];
                syllables[first] = syllables.GetValueOrDefault(first) + 1;
                if (i + 1 == units.Count || !units[i + 1].StartsWith(units[i][(space + 1)..] + " ", StringComparison.Ordinal))
                {
                    var last = units[i][(space + 1)..];
                    syllables[last] = syllables.GetValueOrDefault(last) + 1;
                }
            }
        }
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (unit, count) in pairs)
        {
            if (count < 2) continue;
            var space = unit.IndexOf(' ', StringComparison.Ordinal);
            var dice = 2.0 * count / (syllables[unit[..space]] + syllables[unit[(space + 1)..]]);
            if (dice >= minDice) words.Add(unit);
        }
        return words;
    }
}
