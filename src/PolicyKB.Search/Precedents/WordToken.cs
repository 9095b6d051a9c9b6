namespace PolicyKB.Search.Precedents;

/// <summary>A word of a compared text.</summary>
/// <param name="Text">The word as printed, with the spacing after it (tokens concatenate back to the text).</param>
/// <param name="Key">The word compared: lower case, without diacritics or surrounding punctuation ("khỏe," → "khoe").</param>
/// <param name="Start">Offset of the word in the text.</param>
/// <param name="Segment">Index of the line or sentence the word is in (a new one starts after a line break, ".", ";", "!" or "?").</param>
public sealed record WordToken(string Text, string Key, int Start, int Segment)
{
    /// <summary>True when the word has a letter or digit (not a bullet, dash or lone punctuation).</summary>
    public bool IsWord => Key.Any(char.IsLetterOrDigit);

    /// <summary>Length of the word without the spacing after it.</summary>
    public int Length => Text.TrimEnd().Length;
}
