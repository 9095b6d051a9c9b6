using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// The named-level swap of a follow-up that names another ward, commune or district ("còn xã Chân Mây - Lăng Cô?" after
/// "Phường Phong Dinh thì ngân sách thành phố đối ứng bao nhiêu phần trăm?"): the earlier level and its name are
/// replaced together, as the place the question is about; appended, the two names would ask about neither.
/// </summary>
public sealed partial class FollowUpRewriter
{
    /// <summary>
    /// The previous question with the follow-up's named level ("xã Chân Mây - Lăng Cô") in place of its own ("Phường
    /// Phong Dinh"), or null when the follow-up is not a level word and a name, or the previous question names none.
    /// </summary>
    private static string? SwapNamedLevel(string question, string previous)
    {
        var subject = LevelLead().Replace(Subject(question), "").Trim();
        var words = SyllableKeys.Tokens(subject).ToList();
        var asked = LevelAt(words.Select(w => SyllableKeys.Key(w.Value, fold: true)).ToList(), 0, fold: true);
        if (asked is null || words.Count <= asked.Length || !NamedFrom(words, asked.Length, subject, out var end) || end != words.Count) return null;
        var tokens = SyllableKeys.Tokens(previous).ToList();
        var keys = tokens.Select(t => SyllableKeys.Key(t.Value, fold: true)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (LevelAt(keys, i, fold: true) is not { } level || !NamedFrom(tokens, i + level.Length, previous, out var last)) continue;
            var final = tokens[last - 1];
            return previous[..tokens[i].Index] + subject + previous[(final.Index + final.Length)..];
        }
        return null;
    }

    /// <summary>
    /// True when a name starts at <paramref name="at"/>: capitalised words joined by spaces or hyphens; <paramref name="end"/>
    /// is the index after its last word.
    /// </summary>
    private static bool NamedFrom(List<System.Text.RegularExpressions.Match> tokens, int at, string text, out int end)
    {
        end = at;
        while (end < tokens.Count && char.IsUpper(tokens[end].Value[0]))
        {
            if (end > at && text.AsSpan(tokens[end - 1].Index + tokens[end - 1].Length, tokens[end].Index - tokens[end - 1].Index - tokens[end - 1].Length).Trim().Trim('-').Length > 0) break;
            end++;
        }
        return end > at;
    }
}
