using System.Text;
using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Tests.Metadata;

/// <summary>
/// Comparison rules between what the analyzer reads and the hand-made ground truth of SOURCES.md and
/// SOURCES.tsv: case-insensitive, tone placement and punctuation ignored, "Ủy ban nhân dân" ≈ "UBND",
/// "(ban hành Kế hoạch)" notes on types dropped, issuer words compared as a set (the ground truth
/// writes "BỘ TÀI CHÍNH CỤC THUẾ" where the analyzer writes "Cục Thuế, Bộ Tài chính").
/// </summary>
internal static partial class ExpectedMetadata
{
    public static string Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var s = text.Normalize(NormalizationForm.FormC).ToUpperInvariant();
        s = s.Replace("UỶ", "ỦY").Replace("OÀ", "ÒA").Replace("OÁ", "ÓA").Replace("OẢ", "ỎA").Replace("OÃ", "ÕA").Replace("OẠ", "ỌA").Replace("UÝ", "ÚY");
        s = s.Replace("ỦY BAN NHÂN DÂN", "UBND").Replace("HỘI ĐỒNG NHÂN DÂN", "HĐND").Replace("TP.", "THÀNH PHỐ ");
        s = NonWord().Replace(s, " ");
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static string TypeKey(string? type) => Key(Paren().Replace(type ?? "", ""));

    public static bool SameType(string? expected, string? actual) => TypeKey(expected) == TypeKey(actual);

    public static bool SameNumber(string? expected, string? actual) => Key(expected) == Key(actual);

    public static bool SameTitle(string? expected, string? actual) => Key(expected) == Key(actual);

    public static bool SameIssuer(string? expected, string? actual)
    {
        var e = Key(expected);
        var a = Key(actual);
        if (e == a) return true;
        return e.Split(' ').Order().SequenceEqual(a.Split(' ').Order());
    }

    /// <summary>"21/11/2025" or "01/7/2025" against a read date; anything unparseable expects no date.</summary>
    public static bool SameDate(string? expected, PartialDate? actual)
    {
        var m = Dmy().Match(expected ?? "");
        if (!m.Success) return actual is null;
        var date = PartialDate.FromParts(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
        return date == actual;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Paren();

    [GeneratedRegex(@"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")]
    private static partial Regex Dmy();
}
