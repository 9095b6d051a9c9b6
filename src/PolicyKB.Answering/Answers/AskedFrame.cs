using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// The words a question puts right before "ai" ("theo đề nghị của ai", "giao cho ai", "báo cáo với ai"): the answer's
/// sentence says them the same way, the person or body after them ("Theo đề nghị của Chủ tịch Ủy ban Chứng khoán Nhà
/// nước."). Syllables alone do not tell it: typed without accents, "de nghi" is also in every "Nghị định" a legal-basis
/// line cites.
/// </summary>
public static partial class AskedFrame
{
    /// <summary>The folded words before "ai" (two or three syllables), or null when the question has none.</summary>
    public static string? Of(string question)
    {
        var match = BeforeWho().Match(Fold(question));
        // "… là ai" frames nothing: the copula is not written before the answer.
        return match.Success && !match.Groups["frame"].Value.EndsWith(" la", StringComparison.Ordinal) ? match.Groups["frame"].Value : null;
    }

    /// <summary>True when <paramref name="sentence"/> holds <paramref name="frame"/> (folded words, <see cref="Of"/>) as written.</summary>
    public static bool Holds(string? frame, string sentence) =>
        frame is not null && (" " + string.Join(' ', Words().Matches(Fold(sentence)).Select(m => m.Value)) + " ").Contains(" " + frame + " ", StringComparison.Ordinal);

    private static string Fold(string text) => VietnameseNormalizer.Fold(text);

    /// <summary>Two or three words, then "ai" ending the question or its clause.</summary>
    [GeneratedRegex(@"(?<frame>\p{L}+ \p{L}+(?: \p{L}+)?) ai\s*(?:[?.,;]|$)")]
    private static partial Regex BeforeWho();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
