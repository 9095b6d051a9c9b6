using System.Text;

namespace PolicyKB.Answering.Text;

/// <summary>
/// Makes any string safe for Unicode normalisation: an unpaired surrogate (which <see cref="string.Normalize()"/>
/// rejects) becomes U+FFFD, and the text is NFC. Everything the answering service reads from outside passes here first.
/// </summary>
public static class TextSanitizer
{
    /// <summary>The text with unpaired surrogates replaced, in NFC; empty for null.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (paired && sb is null) continue;
            sb ??= new StringBuilder(text, 0, i, text.Length);
            sb.Append(paired ? c : '\uFFFD');
        }
        var clean = sb?.ToString() ?? text;
        return clean.IsNormalized(NormalizationForm.FormC) ? clean : clean.Normalize(NormalizationForm.FormC);
    }
}
