using System.Text.RegularExpressions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// The negated follow-up ("còn nếu không đủ điều kiện?" after "Hồ sơ đủ điều kiện thì bao lâu …?"): its subject words are
/// already in the previous question, and what changes is the negation, a stop word the subject leaves out. Appending
/// the subject would ask the old case twice; the negation is put before the old case instead.
/// </summary>
public sealed partial class FollowUpRewriter
{
    /// <summary>
    /// The previous question with the follow-up's negation ("không", "chưa") before the words the two share, or null when
    /// the follow-up negates nothing or its subject words do not stand together in the previous question.
    /// </summary>
    private static string? Negate(string question, string previous)
    {
        var negation = Negation().Match(question);
        if (!negation.Success) return null;
        // The negated words: those after the negation, up to the follow-up mark ("nếu không đủ điều kiện thì sao").
        var negated = SyllableKeys.Tokens(AskMark().Replace(question[(negation.Index + negation.Length)..], "")).Select(t => SyllableKeys.Key(t.Value, fold: true)).ToList();
        if (negated.Count == 0) return null;
        var range = PlaceSpan.Find(previous, string.Join(' ', negated));
        if (range is not { } r) return null;
        // Already negated ("không đủ điều kiện" asked again): nothing changes.
        if (SyllableKeys.Tokens(previous[..r.Start]).LastOrDefault() is { } before && Negation().IsMatch(before.Value)) return null;
        return previous[..r.Start] + negation.Groups["word"].Value.ToLowerInvariant() + " " + previous[r.Start..];
    }

    /// <summary>A negation word, accented or not, standing before the follow-up's subject.</summary>
    [GeneratedRegex(@"(?i)(?<!\p{L})(?<word>không|khong|chưa|chua)(?!\p{L})")]
    private static partial Regex Negation();
}
