using System.Text;

namespace PolicyKB.Tests.Ocr;

/// <summary>
/// Character error rate of a recognition: Levenshtein distance between reference and recognised text over the
/// reference length, after NFC and collapsing every run of white space (line breaks included) into one space, so
/// only the characters are judged, not where the lines broke.
/// </summary>
public static class CharacterErrorRate
{
    /// <summary>Edits needed to turn <paramref name="actual"/> into <paramref name="expected"/>, per reference character.</summary>
    public static double Of(string expected, string actual)
    {
        var reference = Normalize(expected);
        var hypothesis = Normalize(actual);
        return reference.Length == 0 ? (hypothesis.Length == 0 ? 0 : 1) : (double)Distance(reference, hypothesis) / reference.Length;
    }

    /// <summary>NFC with white space collapsed and trimmed.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString().TrimEnd();
    }

    /// <summary>Levenshtein distance in two rows: a page is a few thousand characters.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
