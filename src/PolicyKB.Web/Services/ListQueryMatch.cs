using System.Globalization;
using System.Text;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Web.Services;

/// <summary>
/// Matches the document list's search words against a document's title, number and issuer. A word typed without
/// diacritics matches any spelling ("ha tinh" finds "Hà Tĩnh"); a word typed with them matches only that spelling
/// ("Hà Tĩnh" does not find "tỉnh Hà Giang"), with the tone mark's place free ("Hoá" = "Hóa", both spellings are in
/// use). The last word may be a word's beginning: the user is still typing it.
/// </summary>
public static class ListQueryMatch
{
    // Combining tone marks: sắc, huyền, hỏi, ngã, nặng. Other marks (â, ă, ơ, ư, đ) are part of the letter.
    private static readonly HashSet<char> Tones = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

    /// <summary>True when every word of <paramref name="query"/> is in <paramref name="text"/>.</summary>
    public static bool Matches(string text, string query)
    {
        var wanted = Words(query).Select(Syllable.Of).ToList();
        if (wanted.Count == 0) return true;
        var present = Words(text).Select(Syllable.Of).ToList();
        return wanted.Select((w, i) => (Word: w, Last: i == wanted.Count - 1)).All(q => present.Any(p => q.Word.Finds(p, q.Last)));
    }

    private static IEnumerable<string> Words(string text)
    {
        var normalized = VietnameseNormalizer.Normalize(text);
        var word = new StringBuilder();
        foreach (var c in normalized + " ")
        {
            if (char.IsLetterOrDigit(c)) { word.Append(c); continue; }
            if (word.Length > 0) yield return word.ToString();
            word.Clear();
        }
    }

    /// <summary>A word folded, its letters without the tone mark, and the tone mark.</summary>
    private sealed record Syllable(string Folded, string Letters, string Tone, bool Marked)
    {
        public static Syllable Of(string word)
        {
            var letters = new StringBuilder();
            var tone = new StringBuilder();
            foreach (var c in word.Normalize(NormalizationForm.FormD))
            {
                if (Tones.Contains(c)) tone.Append(c);
                else letters.Append(c);
            }
            return new Syllable(VietnameseNormalizer.Fold(word), letters.ToString().Normalize(NormalizationForm.FormC), tone.ToString(),
                VietnameseNormalizer.HasDiacritics(word));
        }

        /// <summary>Whether this typed word finds <paramref name="other"/> (as its beginning when <paramref name="prefix"/>).</summary>
        public bool Finds(Syllable other, bool prefix)
        {
            if (!Marked) return prefix ? other.Folded.StartsWith(Folded, StringComparison.Ordinal) : other.Folded == Folded;
            var letters = prefix ? other.Letters.StartsWith(Letters, StringComparison.Ordinal) : other.Letters == Letters;
            // A tone not typed yet (still typing the last word) is no mismatch.
            var tone = other.Tone == Tone || prefix && Tone.Length == 0;
            return letters && tone;
        }
    }
}
