namespace PolicyKB.Decoding;

/// <summary>
/// Splits text into lines the way <see cref="File.ReadAllLines(string)"/> and Markdig do ("\r\n", "\n"
/// or "\r" end a line; a final line ending does not open an empty line), so line numbers agree with
/// what an editor shows.
/// </summary>
internal static class SourceLines
{
    /// <summary>Start offsets of every line; the line count is the array length.</summary>
    public static int[] Starts(string text)
    {
        var starts = new List<int>(text.Length / 40 + 1);
        if (text.Length == 0) return [];
        starts.Add(0);
        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var i = span[offset..].IndexOfAny('\r', '\n');
            if (i < 0) break;
            offset += i;
            offset += span[offset] == '\r' && offset + 1 < span.Length && span[offset + 1] == '\n' ? 2 : 1;
            if (offset >= span.Length) break;
            starts.Add(offset);
        }
        return [.. starts];
    }

    /// <summary>The text of line <paramref name="index"/> (0-based) without its line ending.</summary>
    public static string Line(string text, int[] starts, int index)
    {
        var start = starts[index];
        var end = index + 1 < starts.Length ? starts[index + 1] : text.Length;
        while (end > start && text[end - 1] is '\r' or '\n') end--;
        return text[start..end];
    }

    /// <summary>0-based index of the line holding character <paramref name="position"/>.</summary>
    public static int IndexOf(int[] starts, int position)
    {
        var i = Array.BinarySearch(starts, position);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }
}
