using System.Text.RegularExpressions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// The level swap of a follow-up that names only another administrative level ("còn ở xã thì sao?" after "Học phí … ở
/// phường …"): the level word of the previous question is replaced, not joined, since a question about a ward's fee and
/// a commune's fee at once asks neither.
/// </summary>
public sealed partial class FollowUpRewriter
{
    /// <summary>
    /// Administrative levels below the province, as words; "tỉnh" and "thành phố" head place names and are left to the
    /// place swap.
    /// </summary>
    private static readonly string[][] Levels =
        [["thị", "trấn"], ["thị", "xã"], ["phường"], ["xã"], ["huyện"], ["quận"], ["thôn"], ["tổ", "dân", "phố"]];

    /// <summary>
    /// The previous question with the follow-up's level word in place of its own, or null when the follow-up is not a
    /// bare level ("ở xã", "cấp huyện", "thị trấn") or the previous question names no other level.
    /// </summary>
    private static string? SwapLevel(string question, string previous)
    {
        var subject = LevelLead().Replace(Subject(question), "").Trim();
        var words = SyllableKeys.Tokens(subject).ToList();
        if (words.Count == 0) return null;
        var fold = words.All(w => SyllableKeys.Key(w.Value, fold: true) == SyllableKeys.Key(w.Value));
        var asked = LevelAt(words.Select(w => SyllableKeys.Key(w.Value, fold)).ToList(), 0, fold);
        if (asked is null || asked.Length != words.Count) return null;
        var tokens = SyllableKeys.Tokens(previous).ToList();
        var keys = tokens.Select(t => SyllableKeys.Key(t.Value, fold)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var level = LevelAt(keys, i, fold);
            if (level is null) continue;
            // "xã hội" (society) and "phường Tân Định" (a named ward) are not the level asked of: the level word
            // must end its phrase, at a stop, a preposition or the verb.
            // "hợp tác xã" is a cooperative, not a commune.
            if (i > 0 && keys[i - 1] == SyllableKeys.Key("tác", fold)) continue;
            var next = i + level.Length;
            if (next < keys.Count && !IsLevelEnd(keys[next], fold) && !HasStop(previous, tokens[next - 1], tokens[next])) continue;
            if (level.SequenceEqual(asked)) return null;
            var last = tokens[i + level.Length - 1];
            return previous[..tokens[i].Index] + subject + previous[(last.Index + last.Length)..];
        }
        return null;
    }

    /// <summary>The keys of the level word starting at <paramref name="at"/>, longest first, or null.</summary>
    private static string[]? LevelAt(List<string> keys, int at, bool fold)
    {
        foreach (var level in Levels.OrderByDescending(l => l.Length))
        {
            var wanted = level.Select(w => SyllableKeys.Key(w, fold)).ToArray();
            if (at + wanted.Length <= keys.Count && keys.Skip(at).Take(wanted.Length).SequenceEqual(wanted, StringComparer.Ordinal)) return wanted;
        }
        return null;
    }

    /// <summary>True when punctuation stands between two tokens ("phường, xã").</summary>
    private static bool HasStop(string text, Match before, Match after) =>
        text.AsSpan(before.Index + before.Length, after.Index - before.Index - before.Length).IndexOfAny(",;:.?!()") >= 0;

    /// <summary>
    /// A word that may follow a level word when it is the level asked of: a preposition, a conjunction or the verb;
    /// anything else ("hội", "đồ", a ward's name) makes another word or a named place.
    /// </summary>
    private static bool IsLevelEnd(string key, bool fold) =>
        new[] { "tại", "ở", "của", "và", "hoặc", "là", "thì", "được", "có", "năm", "trên", "thuộc", "trong", "nào", "phải", "cần", "do" }
            .Any(w => SyllableKeys.Key(w, fold) == key);

    /// <summary>What may stand before a bare level in a follow-up: "ở", "tại", "cấp", "đối với", "với" (accented or not).</summary>
    [GeneratedRegex(@"(?i)^(?:(?:ở|o|tại|tai|đối với|doi voi|với|voi|cấp|cap|các|cac|những|nhung)\s+)+")]
    private static partial Regex LevelLead();
}
