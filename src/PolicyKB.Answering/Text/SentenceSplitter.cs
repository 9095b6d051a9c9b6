using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Text;

/// <summary>
/// Splits clause text into quotable units: a short clause (a target line, a bullet) is one unit; a long one is cut at
/// line breaks and sentence ends, and a very long sentence at semicolons. Units are verbatim stretches of the text.
/// </summary>
public static partial class SentenceSplitter
{
    private const int ShortClause = 320;
    private const int LongSentence = 400;

    /// <summary>The units of <paramref name="text"/>, whitespace-collapsed, without a leading bullet mark. Never throws.</summary>
    public static List<string> Split(string? text)
    {
        var units = new List<string>();
        text = TextSanitizer.Clean(text);
        if (string.IsNullOrWhiteSpace(text)) return units;
        var collapsed = Collapse(text);
        if (collapsed.Length <= ShortClause)
        {
            units.Add(Clean(collapsed));
            return units;
        }
        // A line break without sentence punctuation before it is a wrapped line (a page break in a PDF, a hard wrap):
        // the sentence goes on.
        foreach (var line in ValueLines.Join(Wrapped().Replace(text, " ")).Split('\n'))
        {
            foreach (var sentence in SentenceEnd().Split(line))
            {
                var piece = Collapse(sentence);
                if (piece.Length <= LongSentence) units.Add(Clean(piece));
                else units.AddRange(Semicolon().Split(piece).Select(Clean));
            }
        }
        units.RemoveAll(u => u.Length < 8);
        return units;
    }

    private static string Clean(string unit) => BulletMark().Replace(unit, "").Trim();

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<![.;:!?])\s*\n\s*(?=\p{Ll})")]
    private static partial Regex Wrapped();

    [GeneratedRegex(@"(?<=;)\s+")]
    private static partial Regex Semicolon();

    [GeneratedRegex(@"^[\-+*•]\s+")]
    private static partial Regex BulletMark();
}
