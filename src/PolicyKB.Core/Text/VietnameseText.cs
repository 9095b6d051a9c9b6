namespace PolicyKB.Text;

/// <summary>Pure string normalisation for Vietnamese text, shared by text repair and (later) search.</summary>
public static class VietnameseText
{
    /// <summary>
    /// Normalises one string: Unicode NFC; look-alike letters from damaged fonts (Ð→Đ, ƣ→ư, Cyrillic С in
    /// "NĐ-СР"); dash variants (– — ‐ −) → "-"; NBSP, tabs and other spaces → space; zero-width characters,
    /// soft hyphens and the BOM removed; runs of spaces collapsed; trimmed. Never throws; null gives "".
    /// </summary>
    public static string Normalize(string? s) => CollapseSpaces(CharacterMap.Map(s ?? string.Empty));

    /// <summary>Collapses runs of spaces into one and trims; returns the same instance when already clean.</summary>
    public static string CollapseSpaces(string s)
    {
        if (string.IsNullOrEmpty(s)) return string.Empty;
        if (!NeedsCollapse(s)) return s;

        var rented = s.Length <= 512 ? null : System.Buffers.ArrayPool<char>.Shared.Rent(s.Length);
        Span<char> buffer = rented is null ? stackalloc char[s.Length] : rented;
        var length = 0;
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) buffer[length++] = ' ';
            pendingSpace = false;
            buffer[length++] = c;
        }
        var collapsed = new string(buffer[..length]);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return collapsed;
    }

    private static bool NeedsCollapse(string s)
    {
        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])) return true;
        // Two vectorised searches instead of a category test per character: repair collapses every line of every file.
        var text = s.AsSpan();
        return text.IndexOfAny(WhiteSpaceButSpace) >= 0 || text.IndexOf("  ", StringComparison.Ordinal) >= 0;
    }

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> holds to be white space, but the plain space.</summary>
    private static readonly System.Buffers.SearchValues<char> WhiteSpaceButSpace = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c)).ToArray());
}
