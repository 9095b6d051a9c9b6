using System.Text.RegularExpressions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// Catches a quote about a NAMED sibling of the thing asked (issue #11, calibrated answerability): "Casino Nam Hội An được
/// thí điểm trong mấy năm?" answered with "dự án casino Hồ Tràm … trong thời hạn 05 năm". The question names its subject
/// by a common noun and a proper name of two or more syllables ("casino Nam Hội An", "điện gió Tân Phú Đông"); the quote
/// names another member of that family by the same noun and another proper name ("casino Hồ Tràm"), and neither the quote,
/// its headings nor its document's name write the name asked. Every other word of such a question is shared by the
/// sibling's sentence, so only the name tells them apart — the rule <see cref="SiblingPlace"/> applies to wards and
/// communes, for any noun. One-syllable names are left alone: they are too often half of a title ("Bộ Tài chính").
/// </summary>
public static class SiblingName
{
    /// <summary>
    /// The name <paramref name="question"/> asks about as typed ("casino Nam Hội An"), when <paramref name="quote"/> names
    /// a sibling (by the same noun, or by a two-syllable name in a quote that writes the noun) and neither it nor
    /// <paramref name="context"/> (its clause, headings and document's name) writes the asked name; otherwise null.
    /// </summary>
    public static string? Missing(string question, string quote, string context)
    {
        var asked = Named(question, atStart: true).Where(n => n.Syllables >= 2).ToList();
        if (asked.Count == 0) return null;
        var around = " " + PlaceNames.Key($"{quote} {context}") + " ";
        var siblings = Named(quote, atStart: false);
        var questionKeys = PlaceNames.Key(question).Split(' ').ToHashSet(StringComparer.Ordinal);
        foreach (var (head, name, typed, _) in asked)
        {
            if (Written(name, around)) continue;
            // The same noun names another member of the family: the quote speaks of it, not of the one asked. Or the quote
            // speaks of that kind of thing ("casino") and names another member by a noun of its own ("dự án Vân Đồn").
            var other = siblings.Where(s => s.Name != name && !name.StartsWith(s.Name + " ", StringComparison.Ordinal)).ToList();
            if (other.Any(s => s.Head == head) || (other.Any(s => s.Syllables >= 2 && !Frames(s.Name, questionKeys)) && Writes(quote, head))) return typed;
        }
        return null;
    }

    /// <summary>
    /// The names <paramref name="text"/> writes after a lowercase noun: the noun's folded key, the folded name, the noun
    /// and name as typed, and the name's syllables. With <paramref name="atStart"/>, a capitalised first word is a noun
    /// too ("Casino Nam Hội An …" opens a question).
    /// </summary>
    internal static List<(string Head, string Name, string Typed, int Syllables)> Named(string text, bool atStart)
    {
        var found = new List<(string Head, string Name, string Typed, int Syllables)>();
        var tokens = SyllableKeys.Tokens(text).ToList();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var head = tokens[i].Value;
            var isHead = char.IsLetter(head[0]) && (char.IsLower(head[0]) || (atStart && i == 0 && !IsAcronym(head)))
                && !StopWords.Contains(SyllableKeys.Key(head, fold: true), folded: true);
            if (!isHead) continue;
            var end = i + 1;
            while (end < tokens.Count && IsTitle(tokens[end].Value) && Joined(text, tokens[end - 1], tokens[end])) end++;
            if (end == i + 1) continue;
            var span = text[tokens[i + 1].Index..(tokens[end - 1].Index + tokens[end - 1].Length)];
            found.Add((SyllableKeys.Key(head, fold: true), PlaceNames.Key(span), text[tokens[i].Index..(tokens[end - 1].Index + tokens[end - 1].Length)], end - i - 1));
            i = end - 1;
        }
        return found;
    }

    /// <summary>
    /// True when <paramref name="around"/> (folded, space-padded) writes <paramref name="name"/>, whole or with words put
    /// between its first and its last two ("Tết Nguyên đán Bính Ngọ" writes "Tết Bính Ngọ").
    /// </summary>
    private static bool Written(string name, string around)
    {
        if (around.Contains(" " + name + " ", StringComparison.Ordinal)) return true;
        var words = name.Split(' ');
        return words.Length >= 3 && around.Contains(" " + string.Join(' ', words[^2..]) + " ", StringComparison.Ordinal)
            && words.All(w => around.Contains(" " + w + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// True when <paramref name="name"/> frames every document rather than naming a member ("Việt Nam"), or shares a
    /// word with the question ("người Việt" asked, "người Việt Nam" quoted): it is not a sibling of the thing asked.
    /// </summary>
    private static bool Frames(string name, HashSet<string> questionKeys) =>
        name == Country || name.Split(' ').Any(questionKeys.Contains);

    private static readonly string Country = PlaceNames.Key("Việt Nam");

    /// <summary>True when <paramref name="text"/> writes the noun whose folded key is <paramref name="head"/> as a word.</summary>
    private static bool Writes(string text, string head) =>
        SyllableKeys.Tokens(text).Any(t => char.IsLower(t.Value[0]) && SyllableKeys.Key(t.Value, fold: true) == head);

    /// <summary>A capitalised syllable that is not an acronym ("Hội", not "UBND").</summary>
    private static bool IsTitle(string token) =>
        char.IsUpper(token[0]) && !IsAcronym(token);

    private static bool IsAcronym(string token) => token.Length > 1 && token.Skip(1).Any(char.IsUpper);

    /// <summary>True when only spaces part two tokens: one name.</summary>
    private static bool Joined(string text, Match before, Match after) =>
        text.AsSpan(before.Index + before.Length, after.Index - before.Index - before.Length).Trim(' ').Length == 0;
}
