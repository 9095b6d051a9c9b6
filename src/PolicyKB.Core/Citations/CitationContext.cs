namespace PolicyKB.Citations;

/// <summary>The clause text being scanned, with a lower-cased copy of the same length for case-insensitive look-ups.</summary>
internal sealed class CitationContext
{
    /// <summary>Creates the context. Lower-casing is per char, so offsets in <see cref="Lower"/> match <see cref="Text"/>.</summary>
    public CitationContext(string text)
    {
        Text = text;
        Lower = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = PolicyKB.Text.FastCharacters.ToLowerInvariant(source[i]);
        });
    }

    /// <summary>The clause text.</summary>
    public string Text { get; }

    /// <summary>The clause text lower-cased char by char.</summary>
    public string Lower { get; }

    /// <summary>True when the character at <paramref name="index"/> is a letter or digit (false outside the text).</summary>
    public bool IsWordChar(int index) => index >= 0 && index < Text.Length && char.IsLetterOrDigit(Text[index]);

    /// <summary>Index of the first non-blank character at or after <paramref name="index"/>.</summary>
    public int SkipSpaces(int index)
    {
        while (index < Text.Length && (Text[index] == ' ' || Text[index] == '\t' || Text[index] == '\u00A0')) index++;
        return index;
    }

    /// <summary>True when <paramref name="lowerWord"/> occurs at <paramref name="index"/> as a whole word, ignoring case.</summary>
    public bool WordAt(int index, string lowerWord) =>
        index >= 0 && index + lowerWord.Length <= Text.Length
        && string.CompareOrdinal(Lower, index, lowerWord, 0, lowerWord.Length) == 0
        && !IsWordChar(index - 1) && !IsWordChar(index + lowerWord.Length);
}
