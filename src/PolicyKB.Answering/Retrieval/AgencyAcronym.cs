using System.Text.RegularExpressions;
using PolicyKB.Answering.Facts;

namespace PolicyKB.Answering.Retrieval;

/// <summary>
/// An agency's opening words as a pattern over folded text in which an acronym typed in the name ("Hội đồng TĐKT")
/// also matches the syllables it abbreviates ("Hội đồng Thi đua - Khen thưởng"): Vietnamese acronyms take the first
/// letter of each syllable, and a document writes the name in full where a question types it short. Without this, the
/// hard agency filter dropped every clause of the document that names the body only in full (issue #11, session 27).
/// </summary>
public static partial class AgencyAcronym
{
    /// <summary>
    /// Whether the first <paramref name="words"/> words of <paramref name="agency"/>'s key (<see cref="FactAgencyMention.Key"/>)
    /// stand in <paramref name="paddedKey"/> (a space-padded folded key), each acronym typed in capitals read as its
    /// syllables' initials; null when the name types no acronym among those words (the plain prefix decides).
    /// </summary>
    public static bool? Names(string agency, int words, string paddedKey)
    {
        var acronyms = Acronym().Matches(agency).Select(m => FactAgencyMention.Key(m.Value)).ToHashSet(StringComparer.Ordinal);
        var keyWords = FactAgencyMention.Key(agency).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(words).ToList();
        if (!keyWords.Any(acronyms.Contains)) return null;
        var parts = keyWords.Select(w => acronyms.Contains(w) ? string.Join(' ', w.Select(letter => Regex.Escape(letter.ToString()) + @"\S*")) : Regex.Escape(w));
        // The static IsMatch keeps the parsed pattern in Regex's cache: one question checks it against every candidate clause.
        return Regex.IsMatch(paddedKey, " " + string.Join(' ', parts) + " ", RegexOptions.CultureInvariant);
    }

    /// <summary>A word of two to six capitals (Đ among them), as acronyms are typed: "TĐKT", "HĐND".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])[\p{Lu}]{2,6}(?![\p{L}\d])")]
    private static partial Regex Acronym();
}
