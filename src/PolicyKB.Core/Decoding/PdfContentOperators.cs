namespace PolicyKB.Decoding;

/// <summary>
/// Counts the text-showing operators (Tj, TJ, ' and ") of a decoded content stream with a single forward scan that
/// skips strings, hex strings, names, comments and inline image data, without building PdfPig's operation list:
/// what a page will cost PdfPig is known before it is asked to build the page (ISO 32000-1 §7.2 lexical rules,
/// §9.4 text-showing operators).
/// </summary>
internal static class PdfContentOperators
{
    /// <summary>Text-showing operators in <paramref name="content"/>; stops counting once past <paramref name="stopAfter"/>.</summary>
    public static int CountTextShowing(ReadOnlySpan<byte> content, int stopAfter)
    {
        var count = 0;
        var i = 0;
        while (i < content.Length && count <= stopAfter)
        {
            var c = content[i];
            switch (c)
            {
                case (byte)'%':
                    while (i < content.Length && content[i] is not ((byte)'\n' or (byte)'\r')) i++;
                    break;
                case (byte)'(':
                    i = SkipLiteralString(content, i);
                    break;
                case (byte)'<':
                    i = i + 1 < content.Length && content[i + 1] == '<' ? i + 2 : SkipTo(content, i + 1, (byte)'>');
                    break;
                case (byte)'/':
                    i = SkipRegular(content, i + 1);
                    break;
                default:
                    if (IsWhiteSpace(c) || IsDelimiter(c))
                    {
                        i++;
                        break;
                    }
                    var end = SkipRegular(content, i);
                    var token = content[i..end];
                    if (token.SequenceEqual("Tj"u8) || token.SequenceEqual("TJ"u8) || token.SequenceEqual("'"u8) || token.SequenceEqual("\""u8)) count++;
                    i = token.SequenceEqual("ID"u8) ? SkipInlineImage(content, end) : end;
                    break;
            }
        }
        return count;
    }

    private static int SkipLiteralString(ReadOnlySpan<byte> content, int start)
    {
        var depth = 0;
        for (var i = start; i < content.Length; i++)
        {
            switch (content[i])
            {
                case (byte)'\\': i++; break;
                case (byte)'(': depth++; break;
                case (byte)')':
                    if (--depth == 0) return i + 1;
                    break;
            }
        }
        return content.Length;
    }

    private static int SkipTo(ReadOnlySpan<byte> content, int start, byte end)
    {
        var at = content[start..].IndexOf(end);
        return at < 0 ? content.Length : start + at + 1;
    }

    private static int SkipRegular(ReadOnlySpan<byte> content, int start)
    {
        var i = start;
        while (i < content.Length && !IsWhiteSpace(content[i]) && !IsDelimiter(content[i])) i++;
        return i;
    }

    /// <summary>Inline image data runs from "ID" to the "EI" that stands alone between white space.</summary>
    private static int SkipInlineImage(ReadOnlySpan<byte> content, int start)
    {
        for (var i = start; i + 2 < content.Length; i++)
        {
            if (IsWhiteSpace(content[i]) && content[i + 1] == 'E' && content[i + 2] == 'I' && (i + 3 == content.Length || IsWhiteSpace(content[i + 3]))) return i + 3;
        }
        return content.Length;
    }

    private static bool IsWhiteSpace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
