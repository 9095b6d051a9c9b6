using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// The label swap of a follow-up that names another numbered item of the same kind ("còn đối tượng 2?" after "Đối
/// tượng 1 quy hoạch nhiệm kỳ kế tiếp phải còn …", "còn nhóm B?"): only the label is replaced, so the rest of the
/// earlier subject ("quy hoạch nhiệm kỳ kế tiếp") stays in the question.
/// </summary>
public sealed partial class FollowUpRewriter
{
    /// <summary>
    /// The previous question with the follow-up's label in place of its own, or null when the follow-up is not a head
    /// word and a label ("đối tượng 2", "loại II", "nhóm B") or the previous question has no other label after the same head.
    /// </summary>
    private static string? SwapLabel(string question, string previous)
    {
        var words = SyllableKeys.Tokens(Subject(question)).ToList();
        if (words.Count < 2 || !IsLabel(words[^1].Value)) return null;
        var head = words.Take(words.Count - 1).Select(w => SyllableKeys.Key(w.Value, fold: true)).ToList();
        var tokens = SyllableKeys.Tokens(previous).ToList();
        for (var i = 0; i + head.Count < tokens.Count; i++)
        {
            if (!head.Select((h, k) => SyllableKeys.Key(tokens[i + k].Value, fold: true) == h).All(x => x)) continue;
            var label = tokens[i + head.Count];
            if (!IsLabel(label.Value) || string.Equals(label.Value, words[^1].Value, StringComparison.OrdinalIgnoreCase)) return null;
            return previous[..label.Index] + words[^1].Value + previous[(label.Index + label.Length)..];
        }
        return null;
    }

    /// <summary>
    /// True for an item's label: a number of at most three digits (not a year), a Roman numeral or one capital letter.
    /// </summary>
    private static bool IsLabel(string token) =>
        (token.Length <= 3 && token.All(char.IsAsciiDigit))
        || (token.Length <= 4 && token.All(c => c is 'I' or 'V' or 'X'))
        || (token.Length == 1 && char.IsAsciiLetterUpper(token[0]));
}
