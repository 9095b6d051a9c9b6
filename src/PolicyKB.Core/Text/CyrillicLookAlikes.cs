namespace PolicyKB.Text;

/// <summary>
/// Cyrillic letters that look exactly like Latin ones and slip into document numbers typed on a Russian
/// keyboard layout ("Nghị định 40/2026/NĐ-СР", "Thông tư 06/2022/TT-BТС", list label "р)").
/// They are mapped to Latin only inside a word that is otherwise Latin, or a short word made of look-alikes
/// alone, so real Cyrillic text and symbols such as "Ф550mm" (diameter) are left alone.
/// </summary>
internal static class CyrillicLookAlikes
{
    private const string From = "АВСЕНКМОРТХУаеорсхуіѕј";
    private const string To = "ABCEHKMOPTXYaeopcxyisj";

    /// <summary>The character to write for <paramref name="text"/>[<paramref name="index"/>], a Cyrillic letter.</summary>
    public static char MapInLatinContext(string text, int index)
    {
        var c = text[index];
        var at = From.IndexOf(c);
        if (at < 0) return c;

        var start = index;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var end = index;
        while (end + 1 < text.Length && char.IsLetter(text[end + 1])) end++;

        var hasLatin = false;
        for (var i = start; i <= end; i++)
        {
            var letter = text[i];
            if (letter is >= '\u0400' and <= '\u04FF')
            {
                if (From.IndexOf(letter) < 0) return c; // a real Cyrillic word
            }
            else hasLatin = true;
        }
        return hasLatin || end - start < 3 ? To[at] : c;
    }
}
