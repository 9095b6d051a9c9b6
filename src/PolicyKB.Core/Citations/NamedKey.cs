using System.Text;

namespace PolicyKB.Citations;

/// <summary>
/// The key rule for references without number: type word + name, where the name keeps the capital of its first word,
/// all-capital words (acronyms, Roman numerals "XII"), the proper nouns of <see cref="ProperNouns"/> ("Chính phủ",
/// "Việt Nam", "Đảng", "Trung ương") and place names after an administrative unit ("tỉnh Thanh Hóa"); every other word
/// is lower-cased, "khoá" is spelled "khóa", and blanks are collapsed. So "Nghị quyết Đại hội Đại biểu toàn quốc lần thứ
/// XIII của Đảng" and "… Đại hội đại biểu toàn quốc …" share one key.
/// </summary>
internal static class NamedKey
{
    private static readonly string[] ProperNouns =
    [
        "Việt Nam", "Chính phủ", "Quốc hội", "Nhà nước", "Đảng", "Trung ương", "Tổ quốc", "Hồ Chí Minh", "Ban Chấp hành",
        "Bộ Chính trị", "Ban Bí thư", "Thủ đô", "Mặt trận", "Hà Nội", "HIV/AIDS",
    ];

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal) { "tỉnh", "huyện", "phố", "xã", "quận" };

    /// <summary>"Luật" + "Khám bệnh, chữa bệnh" → "Luật Khám bệnh, chữa bệnh".</summary>
    public static string Of(string type, string name) => type + " " + Name(name);

    /// <summary>Normalises a name by the rule above.</summary>
    public static string Name(string name)
    {
        var words = name.Replace('–', '-').Replace("khoá", "khóa").Replace("Khoá", "Khóa")
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder(name.Length);
        var afterUnit = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var phrase = ProperNouns.FirstOrDefault(p => MatchesAt(words, i, p));
            if (phrase is not null)
            {
                var count = phrase.Split(' ').Length;
                Append(sb, phrase);
                // Keep punctuation glued to the phrase's last printed word ("Chính phủ,").
                var tail = TrailingPunctuation(words[i + count - 1]);
                sb.Append(tail);
                i += count - 1;
                afterUnit = false;
                continue;
            }
            string output;
            if (i == 0) output = char.ToUpperInvariant(word[0]) + word[1..];
            else if (IsAllCaps(word) || (afterUnit && char.IsUpper(word[0]))) output = word;
            else output = PolicyKB.Text.FastCharacters.ToLowerInvariant(word);
            Append(sb, output);
            afterUnit = Units.Contains(PolicyKB.Text.FastCharacters.ToLowerInvariant(word)) || (afterUnit && char.IsUpper(word[0]));
        }
        return sb.ToString();
    }

    private static bool MatchesAt(string[] words, int index, string phrase)
    {
        var parts = phrase.Split(' ');
        if (index + parts.Length > words.Length) return false;
        for (var k = 0; k < parts.Length; k++)
        {
            var w = words[index + k];
            if (k == parts.Length - 1) w = w.TrimEnd(',', ';', '.', ')');
            if (!string.Equals(w, parts[k], StringComparison.OrdinalIgnoreCase)) return false;
        }
        // Lower-case "nhà nước", "đảng" in running names are common nouns only when the phrase is printed in lower case.
        return char.IsUpper(words[index][0]);
    }

    private static string TrailingPunctuation(string word)
    {
        var end = word.Length;
        while (end > 0 && word[end - 1] is ',' or ';' or '.' or ')') end--;
        return word[end..];
    }

    private static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2 || (letters == 1 && word.Length == 1 && "XVIL".Contains(word[0]));
    }

    private static void Append(StringBuilder sb, string word)
    {
        if (sb.Length > 0) sb.Append(' ');
        sb.Append(word);
    }
}
