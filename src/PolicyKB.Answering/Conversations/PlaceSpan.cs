using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// Finds a run of words by their folded keys (a place, "ha tinh"; a negated phrase) in a question as the reader typed
/// it, so a follow-up's new place replaces the old one in the words the previous question used (<see cref="FollowUpRewriter"/>).
/// </summary>
internal static class PlaceSpan
{
    /// <summary>The place as typed in <paramref name="text"/> ("Hà Tĩnh" for the key "ha tinh").</summary>
    public static string? Surface(string text, string placeKey)
    {
        var range = Find(text, placeKey);
        return range is { } r ? text[r.Start..r.End] : null;
    }

    /// <summary><paramref name="text"/> with the place keyed <paramref name="placeKey"/> replaced by <paramref name="replacement"/> (unchanged when absent).</summary>
    public static string Replace(string text, string placeKey, string replacement)
    {
        var range = Find(text, placeKey);
        return range is { } r ? text[..r.Start] + replacement + text[r.End..] : text;
    }

    /// <summary>The character range of the first tokens whose folded keys spell <paramref name="placeKey"/>, or null.</summary>
    public static (int Start, int End)? Find(string text, string placeKey)
    {
        var words = placeKey.Split(' ');
        var tokens = SyllableKeys.Tokens(text).ToList();
        for (var i = 0; i + words.Length <= tokens.Count; i++)
        {
            if (words.Select((w, k) => SyllableKeys.Key(tokens[i + k].Value, fold: true) == w).All(x => x))
            {
                var last = tokens[i + words.Length - 1];
                return (tokens[i].Index, last.Index + last.Length);
            }
        }
        return null;
    }
}
