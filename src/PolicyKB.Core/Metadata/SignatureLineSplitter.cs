using System.Text.RegularExpressions;

namespace PolicyKB.Metadata;

/// <summary>
/// Splits a signature block that lost its line breaks back into the lines Nghị định 30/2020/NĐ-CP Phụ lục I prints
/// one under another: "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Hòa Bình" → "TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG",
/// "PHÓ THỦ TƯỚNG", "Nguyễn Hòa Bình"; "PHÓ GIÁM ĐỐC (Đã ký)" → "PHÓ GIÁM ĐỐC", "(Đã ký)". A line that is not such a
/// block comes back whole.
/// </summary>
internal static partial class SignatureLineSplitter
{
    /// <summary>The lines of one text piece (a line or a table cell).</summary>
    public static List<string> Split(string piece)
    {
        var lines = new List<string>();
        Split(piece, lines);
        return lines;
    }

    /// <summary>Adds the lines of one text piece to <paramref name="output"/>: the trailer reader splits most lines of a text.</summary>
    public static void Split(string piece, List<string> output)
    {
        var signed = Patterns.Signed().Match(piece);
        var text = piece;
        string? stamp = null;
        if (signed.Success && VietnameseText.HasLower(signed.Value))
        {
            stamp = signed.Value.Trim();
            text = VietnameseText.Squash(piece.Remove(signed.Index, signed.Length));
        }
        var caps = CapitalPrefix().Match(text);
        var capitals = caps.Success ? caps.Value.Trim() : "";
        // The test on the capitals alone first: most pieces open with no mark or title, and reading the rest costs more.
        if (capitals.Length == 0 || !(SignatureLines.IsMark(capitals) || SignatureLines.IsKnownPosition(capitals)))
        {
            output.Add(piece);
            return;
        }
        var rest = text[capitals.Length..].Trim();
        // "… PHÓ THỦ TƯỚNG Trần Hồng Hà Phụ lục (Kèm theo …)": the appendix heading run on after the name starts a piece of its own.
        string? appendix = null;
        if (rest.Length > 0 && SignatureLines.Name(rest) is null && NameThenAppendix().Match(rest) is { Success: true } cut)
        {
            rest = cut.Groups["name"].Value;
            appendix = cut.Groups["tail"].Value;
        }
        // Only a block that opens with a mark ("KT.", "TM.") or a known title, and ends in a name or nothing, is split.
        if (rest.Length > 0 && SignatureLines.Name(rest) is null)
        {
            output.Add(piece);
            return;
        }
        foreach (var part in MarkStart().Split(capitals).Select(p => p.Trim()).Where(p => p.Length > 0)) output.AddRange(SplitTitle(part));
        if (stamp is not null) output.Add(stamp);
        if (rest.Length > 0) output.Add(rest);
        if (appendix is not null) output.Add(appendix);
    }

    /// <summary>"KT. CHỦ TỊCH PHÓ CHỦ TỊCH" → "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH": the first place where a known title begins.</summary>
    private static IEnumerable<string> SplitTitle(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A title alone ("PHÓ CHỦ TỊCH") is one line; "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" holds two, and so does "THỦ TƯỚNG PHÓ
        // THỦ TƯỚNG" under a bare "KT." (two known titles one after the other).
        var mark = SignatureLines.IsMark(part);
        for (var k = mark ? 2 : 1; k < words.Length; k++)
        {
            var tail = string.Join(' ', words[k..]);
            // "KT. PHÓ CHỦ TỊCH" is not "KT. PHÓ" over "CHỦ TỊCH": a title's own first word stays with it.
            if (Modifiers.Contains(words[k - 1])) continue;
            if (!mark && !SignatureLines.IsKnownPosition(string.Join(' ', words[..k]))) continue;
            if (SignatureLines.IsKnownPosition(tail))
            {
                yield return string.Join(' ', words[..k]);
                yield return tail;
                yield break;
            }
        }
        yield return part;
    }

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal) { "PHÓ", "TỔNG", "QUYỀN" };

    /// <summary>A name of two to five words, then an appendix or a form's heading ("Phụ lục", "PHỤ LỤC I", "Mẫu số 01").</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}?)\s+(?<tail>(?:PHỤ LỤC|Phụ lục|MẪU SỐ|Mẫu số|BIỂU SỐ|Biểu số)(?![\p{L}\d]).*)$", RegexOptions.None, 1000)]
    private static partial Regex NameThenAppendix();

    /// <summary>The leading run of words in capitals (marks with their dots and slashes included).</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{Lu}./]*(?:\s+[\p{Lu}][\p{Lu}./]*)*(?=\s|$)", RegexOptions.None, 1000)]
    private static partial Regex CapitalPrefix();

    /// <summary>Before a second mark in the run ("… CHÍNH PHỦ KT. THỦ TƯỚNG").</summary>
    [GeneratedRegex(@"(?<=\S)\s+(?=(?:TM|KT|TL|TUQ|Q)\.|T/M\s|K/T\s|T/L\s)", RegexOptions.None, 1000)]
    private static partial Regex MarkStart();
}
