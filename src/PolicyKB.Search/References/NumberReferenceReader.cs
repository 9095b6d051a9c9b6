using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.References;

/// <summary>
/// Reads a query (or a document's số hiệu) into a <see cref="NumberReference"/> and the words left over. Every form
/// officials type is read the same way: "kế hoạch 36/KH-SYT", "KH 36 Hà Giang", "KH 242/TU" (for 242-KH/TU),
/// "TT 39/2017 BYT", "nghi dinh 117/2020", "CT 25", "Nghị định 64-CP", "Quyết định 72/TTg", "UBND-KH 141".
/// A query names a number only when it has a serial and a type or a code of some known số hiệu, so "tỷ lệ 100%" does not.
/// </summary>
public static partial class NumberReferenceReader
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "so", "nam", "ngay", "cua", "ve", "viec", "v", "ban", "hanh" };

    /// <summary>
    /// The reference in <paramref name="text"/> and its other words (folded), or null when it names no number.
    /// <paramref name="isCode"/> says whether a folded word is a letter code of some số hiệu ("ubnd", "syt", "tu").
    /// </summary>
    public static (NumberReference Reference, IReadOnlyList<string> Context)? Read(string text, Func<string, bool> isCode)
    {
        var folded = " " + string.Join(' ', Token().Matches(VietnameseNormalizer.Fold(text)).Select(m => m.Value)) + " ";
        string? type = null;
        foreach (var word in DocumentTypeWords.Words)
        {
            var at = folded.IndexOf(" " + word + " ", StringComparison.Ordinal);
            if (at < 0) continue;
            type = word;
            folded = folded.Remove(at, word.Length + 1);
            break;
        }
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var numbers = tokens.Where(t => t.All(char.IsAsciiDigit) && t.Length <= 5).ToList();
        var years = numbers.Where(IsYear).ToList();
        var serial = numbers.FirstOrDefault(n => !IsYear(n) || numbers.Count == 1);
        if (serial is null) return null;
        var year = years.FirstOrDefault(y => !ReferenceEquals(y, serial));
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var context = new List<string>();
        foreach (var token in tokens)
        {
            if (ReferenceEquals(token, serial) || ReferenceEquals(token, year)) continue;
            if (token.All(char.IsAsciiDigit)) { context.Add(token); continue; }
            if (DocumentTypeWords.Codes.TryGetValue(token, out var codeType) && (type is null || type == codeType)) { type = codeType; continue; }
            if (isCode(token)) { codes.Add(token); continue; }
            if (!Filler.Contains(token)) context.Add(token);
        }
        if (type is null && codes.Count == 0) return null;
        return (new NumberReference(serial.TrimStart('0') is { Length: > 0 } s ? s : "0", year, type, codes), context);
    }

    /// <summary>The letter codes of a printed số hiệu ("36/KH-SYT" → kh, syt; "61-CP" → cp), folded.</summary>
    public static IEnumerable<string> Codes(string number) =>
        Token().Matches(VietnameseNormalizer.Fold(number)).Select(m => m.Value).Where(t => !t.All(char.IsAsciiDigit));

    private static bool IsYear(string number) => number.Length == 4 && int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) is >= 1945 and <= 2099;

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Token();
}
