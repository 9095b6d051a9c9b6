using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// Whether an acronym a reader typed ("KHCN") stands for words a text writes out ("khoa học công nghệ"): Vietnamese
/// acronyms take the first letter of each syllable, so the text holds a run of adjacent words whose initials spell it.
/// Read from the text's own word pairs, never from a list of acronyms, so it holds on documents nobody has seen.
/// </summary>
public static class AcronymRun
{
    /// <summary>Longest acronym read; a longer run of capitals is a word typed in capitals, not an acronym.</summary>
    private const int MaxLetters = 8;

    /// <summary>
    /// True when <paramref name="token"/> is an acronym (two or more capital letters) whose letters begin, in order, the
    /// words of a run of adjacent key pairs ("a b") of <paramref name="pairs"/>.
    /// </summary>
    public static bool Spelled(string token, IReadOnlySet<string> pairs)
    {
        if (token.Length < 2 || token.Length > MaxLetters || !token.All(char.IsUpper)) return false;
        var letters = token.Select(c => Initial(c.ToString())).ToList();
        var next = pairs.Select(p => p.Split(' ')).Where(p => p.Length == 2 && p[0].Length > 0 && p[1].Length > 0).ToLookup(p => p[0], p => p[1], StringComparer.Ordinal);
        // Words that can end the run spelled so far, one letter at a time.
        var ends = next.Select(g => g.Key).Where(k => Initial(k) == letters[0]).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i < letters.Count && ends.Count > 0; i++)
        {
            var letter = letters[i];
            ends = ends.SelectMany(w => next[w]).Where(w => Initial(w) == letter).ToHashSet(StringComparer.Ordinal);
        }
        return ends.Count > 0;
    }

    /// <summary>The first letter of <paramref name="word"/>, lower case, without diacritics ("đ" as "d").</summary>
    private static char Initial(string word) => VietnameseNormalizer.Fold(word[..1])[0];
}
