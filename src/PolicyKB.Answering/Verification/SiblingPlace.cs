using System.Text.RegularExpressions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// Catches a quote about another ward, commune or district than the one asked (issue #11, calibrated answerability):
/// "Tỷ lệ vốn đối ứng của phường A là bao nhiêu?" answered with the row of a table listing "Phường B" with its rates.
/// The question names a place by its level word and a capitalised name ("phường A"); the quote names a place of such a
/// level by another name ("Phường B", "Xã C") and neither the quote nor its headings name the one asked. A table's rows,
/// each about one place, share every other word of such a question, so its words alone do not tell them apart.
/// </summary>
public static partial class SiblingPlace
{
    /// <summary>Administrative levels below the province, as words, longest first ("thị xã" before "xã").</summary>
    private static readonly string[][] Levels =
        [["thị", "trấn"], ["thị", "xã"], ["phường"], ["xã"], ["huyện"], ["quận"], ["thôn"]];

    /// <summary>The levels' keys with their tones: folded, "phường" would be "phương" ("Địa phương: Xã B").</summary>
    private static readonly string[][] Keys = Levels.Select(l => l.Select(w => SyllableKeys.Key(w)).ToArray()).ToArray();

    private static readonly string Cooperative = SyllableKeys.Key("tác");

    /// <summary>
    /// The place <paramref name="question"/> asks about as typed ("phường A"), when <paramref name="quote"/> names another
    /// ward, commune or district and neither it nor <paramref name="context"/> (its headings, its document's name) names the
    /// asked one; otherwise null.
    /// </summary>
    public static string? Missing(string question, string quote, string context)
    {
        var asked = Named(question);
        if (asked.Count == 0) return null;
        var named = Named(quote);
        var around = " " + PlaceNames.Key($"{quote} {context}") + " ";
        if (asked.Any(a => around.Contains(" " + a.Name + " ", StringComparison.Ordinal))) return null;
        // A table lists wards and communes under one column ("Phường B", "Xã C"): a place of any level is another place.
        return named.Count > 0 ? asked[0].Typed : null;
    }

    /// <summary>The places <paramref name="text"/> names by a level word and a capitalised name: level, folded name, as typed.</summary>
    internal static List<(string Level, string Name, string Typed)> Named(string text)
    {
        var found = new List<(string Level, string Name, string Typed)>();
        var tokens = SyllableKeys.Tokens(text).ToList();
        var keys = tokens.Select(t => SyllableKeys.Key(t.Value)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var level = Keys.FirstOrDefault(l => i + l.Length <= keys.Count && keys.Skip(i).Take(l.Length).SequenceEqual(l, StringComparer.Ordinal));
            if (level is null) continue;
            // "hợp tác xã" is a cooperative, not a commune.
            if (i > 0 && keys[i - 1] == Cooperative) continue;
            var start = i + level.Length;
            var end = start;
            while (end < tokens.Count && char.IsUpper(tokens[end].Value[0]) && (end == start || Joined(text, tokens[end - 1], tokens[end]))) end++;
            if (end > start)
            {
                var typed = text[tokens[i].Index..(tokens[end - 1].Index + tokens[end - 1].Length)];
                found.Add((string.Join(' ', level), PlaceNames.Key(text[tokens[start].Index..(tokens[end - 1].Index + tokens[end - 1].Length)]), typed));
            }
            i = Math.Max(i, end - 1);
        }
        return found;
    }

    /// <summary>True when only spaces or a hyphen part two tokens: one name ("Chân Mây - Lăng Cô").</summary>
    private static bool Joined(string text, Match before, Match after)
    {
        var gap = text.AsSpan(before.Index + before.Length, after.Index - before.Index - before.Length);
        return gap.Trim().Trim('-').Trim('–').Length == 0;
    }
}
