namespace PolicyKB.Answering.Answers;

/// <summary>Verbatim excerpts of clause text, cut on word boundaries so a quotation never splits a word.</summary>
public static class Quotes
{
    /// <summary>
    /// The stretch of <paramref name="text"/> around the span [<paramref name="start"/>, +<paramref name="length"/>):
    /// the sentence holding it when short enough, else a window of about <paramref name="max"/> characters. Whitespace
    /// runs (line breaks of the source) become single spaces; the words themselves are untouched.
    /// </summary>
    public static string Window(string text, int start, int length, int max = 280)
    {
        if (string.IsNullOrEmpty(text)) return "";
        start = Math.Clamp(start, 0, text.Length);
        var end = Math.Clamp(start + Math.Max(0, length), start, text.Length);
        var from = SentenceStart(text, start);
        var to = SentenceEnd(text, end);
        if (to - from > max)
        {
            var room = Math.Max(0, (max - (end - start)) / 2);
            from = Math.Max(from, start - room);
            to = Math.Min(to, end + room);
            while (from > 0 && from < start && !char.IsWhiteSpace(text[from - 1])) from++;
            while (to < text.Length && to > end && !char.IsWhiteSpace(text[to])) to--;
        }
        return Collapse(text[from..to]);
    }

    /// <summary>The text with whitespace runs as single spaces, trimmed.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int SentenceStart(string text, int at)
    {
        for (var i = at - 1; i > 0; i--)
        {
            if (text[i] == '\n' || (text[i] == ' ' && text[i - 1] is '.' or ';' or ':' && i + 1 < text.Length && char.IsUpper(text[i + 1]))) return i + 1;
        }
        return 0;
    }

    private static int SentenceEnd(string text, int at)
    {
        for (var i = at; i < text.Length; i++)
        {
            if (text[i] == '\n') return i;
            if (text[i] is '.' or ';' && (i + 1 == text.Length || text[i + 1] == ' ' || text[i + 1] == '\n')) return i + 1;
        }
        return text.Length;
    }
}
