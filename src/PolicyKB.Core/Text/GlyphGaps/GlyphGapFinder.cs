namespace PolicyKB.Text;

/// <summary>
/// Finds places where a vowel glyph may have been dropped. A dropped glyph becomes one space, so the
/// tell-tale shapes are: a space splitting a word where one half has no vowel ("dư ng", "Đ p"); a vowel-less
/// consonant cluster followed by a gap ("tr  em", "bà m ,"); a syllable followed by an abnormal gap
/// ("sức kho , khám"). Cheap character tests only; the lexicon is consulted only at these sites.
/// </summary>
internal static class GlyphGapFinder
{
    private const int MaxSyllableLength = 7;

    /// <summary>Sites of one line, left to right.</summary>
    public static IEnumerable<GlyphGapSite> Find(string text, int line, SyllableLexicon lexicon)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && SyllableTokenizer.IsWordChar(text[i])) i++;
            var site = TryMake(text, line, start, i, lexicon);
            if (site is not null) yield return site;
        }
    }

    private static GlyphGapSite? TryMake(string text, int line, int start, int gap, SyllableLexicon lexicon)
    {
        if (gap >= text.Length || text[gap] != ' ' || gap - start > MaxSyllableLength) return null;
        // The fragment must begin a word: "NĐ-CP", "KH/UBND", "5m" are codes and units, not broken words.
        if (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '“' or '\'' or '‘' or '[')) return null;

        // Every word of every line comes here, nearly all of them whole: the halves are looked at in place and made
        // strings only for a site.
        var left = text.AsSpan(start, gap - start);
        var rightEnd = gap + 1;
        while (rightEnd < text.Length && SyllableTokenizer.IsWordChar(text[rightEnd])) rightEnd++;
        if (rightEnd > gap + 1)
        {
            if (rightEnd - gap - 1 > MaxSyllableLength || (rightEnd < text.Length && char.IsDigit(text[rightEnd]))) return null;
            var right = text.AsSpan(gap + 1, rightEnd - gap - 1);
            if (VietnameseLetters.HasVowel(left) && VietnameseLetters.HasVowel(right)) return null;
            return Make(text, line, start, gap, rightEnd, left.ToString(), right.ToString(), GlyphGapKind.Split, GapShape.Ordinary, lexicon);
        }

        // Nothing after a single trailing space: every line of some PDF texts ends like that.
        if (gap + 1 >= text.Length) return null;
        // A lone capital is a label ("loại B", "phương án C"), not a broken word.
        if (left.Length == 1 && char.IsUpper(left[0])) return null;
        var next = text[gap + 1];
        var shape = next == ' ' ? GapShape.DoubleSpace : IsClosingPunctuation(next) ? GapShape.SpaceBeforePunctuation : GapShape.Ordinary;
        if (shape == GapShape.Ordinary) return null;
        var kind = VietnameseLetters.HasVowel(left) ? GlyphGapKind.ShortSyllable : GlyphGapKind.Fragment;
        // Trailing spaces at the end of a line are noise in PDF text, not evidence of a lost glyph.
        if (text.AsSpan(gap).IsWhiteSpace())
        {
            if (kind == GlyphGapKind.ShortSyllable) return null;
            shape = GapShape.Ordinary;
        }
        return Make(text, line, start, gap, gap + 1, left.ToString(), string.Empty, kind, shape, lexicon);
    }

    private static GlyphGapSite Make(string text, int line, int start, int gap, int end, string left, string right,
        GlyphGapKind kind, GapShape shape, SyllableLexicon lexicon) =>
        new(line, start, gap, end, left, right, kind, NeighbourBefore(text, start, lexicon), NeighbourAfter(text, end, lexicon), shape);

    private static int? NeighbourBefore(string text, int start, SyllableLexicon lexicon)
    {
        var j = start - 1;
        while (j >= 0 && text[j] == ' ') j--;
        if (j == start - 1 || j < 0 || !SyllableTokenizer.IsWordChar(text[j])) return null;
        var end = j + 1;
        while (j >= 0 && SyllableTokenizer.IsWordChar(text[j])) j--;
        return lexicon.IdOf(VietnameseLetters.Key(text.AsSpan(j + 1, end - j - 1)));
    }

    private static int? NeighbourAfter(string text, int end, SyllableLexicon lexicon)
    {
        var j = end;
        while (j < text.Length && text[j] == ' ') j++;
        if (j >= text.Length || !char.IsLetter(text[j]) || (j == end && end > 0 && text[end - 1] != ' ')) return null;
        var start = j;
        while (j < text.Length && SyllableTokenizer.IsWordChar(text[j])) j++;
        return lexicon.IdOf(VietnameseLetters.Key(text.AsSpan(start, j - start)));
    }

    private static bool IsClosingPunctuation(char c) => c is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '”' or '…';
}
