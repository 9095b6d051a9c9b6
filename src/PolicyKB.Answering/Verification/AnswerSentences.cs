using System.Text;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// Splits an answer into the units the gate checks: lines, and sentences within a line, never inside a quotation
/// («…», “…”), so a quoted clause with full stops stays one unit with its citation mark.
/// </summary>
public static class AnswerSentences
{
    /// <summary>The lines of <paramref name="text"/>, each split into sentences (empty lines kept as empty lists).</summary>
    public static List<List<string>> Split(string text)
    {
        var lines = new List<List<string>>();
        foreach (var line in (text ?? "").Replace("\r\n", "\n").Split('\n'))
        {
            lines.Add(SplitLine(line));
        }
        return lines;
    }

    private static List<string> SplitLine(string line)
    {
        var sentences = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            current.Append(c);
            if (c is '«' or '“') depth++;
            else if (c is '»' or '”') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '.' or '!' or '?' or ']' && i + 1 < line.Length && line[i + 1] == ' ' && EndsSentence(line, i))
            {
                sentences.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) sentences.Add(current.ToString());
        return sentences;
    }

    /// <summary>A full stop or a citation mark ends a sentence when an upper-case letter or a quotation follows.</summary>
    private static bool EndsSentence(string line, int at)
    {
        var next = at + 1;
        while (next < line.Length && line[next] == ' ') next++;
        if (next >= line.Length) return true;
        return char.IsUpper(line[next]) || line[next] is '«' or '“';
    }
}
