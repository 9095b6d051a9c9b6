using System.Text.RegularExpressions;

namespace PolicyKB.Parsing;

/// <summary>
/// How an annex printed after the signature block opens when it is not headed "PHỤ LỤC" (Nghị định 30/2020/NĐ-CP
/// Điều 14 lets an appendix carry its own name): "Biểu số 1 MỨC TRỢ CẤP …", "Mẫu số 02 …", "DANH MỤC CÁC NHIỆM VỤ …",
/// "MẪU BÁO CÁO …". Read only after a signature: inside a body "Biểu số 01: …" is a line of text.
/// </summary>
/// <param name="Label">The id element: "BS1" (Biểu số 1), "M2" (Mẫu số 02), "PL" when unnumbered.</param>
/// <param name="DisplayLabel">The label as printed ("Biểu số 1", "Mẫu số 02"), or "Phụ lục" when unnumbered.</param>
/// <param name="Heading">The annex's name without its label and its "(Kèm theo …)" note.</param>
/// <param name="Numbered">True for "Biểu số N"/"Mẫu số N": such a line always opens a new annex.</param>
public sealed partial record AnnexTitle(string Label, string DisplayLabel, string Heading, bool Numbered)
{
    /// <summary>The display label of an annex without a printed label.</summary>
    public const string Unnamed = "Phụ lục";

    /// <summary>An annex without a printed title (a task table printed after "Nơi nhận").</summary>
    public static AnnexTitle Untitled { get; } = new("PL", Unnamed, "", false);

    /// <summary>The annex a paragraph opens, or null when it reads as body text.</summary>
    public static AnnexTitle? Read(string text)
    {
        var trimmed = text.Trim().Trim('*', '#', ' ');
        var numbered = NumberedTitle().Match(trimmed);
        if (numbered.Success)
        {
            var kind = numbered.Groups["kind"].Value;
            var number = numbered.Groups["n"].Value;
            var prefix = kind.StartsWith('M') || kind.StartsWith('m') ? "M" : "BS";
            var value = int.TryParse(number, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : number.ToUpperInvariant();
            return new AnnexTitle(prefix + value, numbered.Groups["label"].Value.Trim(), Name(numbered.Groups["rest"].Value), true);
        }
        // "DANH MỤC …", "MẪU …" in capitals: a list or a form printed as its own annex.
        if (Named().IsMatch(trimmed) && LabelText.UppercaseShare(trimmed) > 0.8) return Untitled with { Heading = Name(trimmed) };
        return null;
    }

    /// <summary>The name, cut before "(Kèm theo …)" / "(Ban hành kèm theo …)" and trimmed of separators.</summary>
    internal static string NameOf(string rest) => Name(rest);

    private static string Name(string rest)
    {
        var cut = AttachedNote().Match(rest);
        var name = cut.Success ? rest[..cut.Index] : rest;
        return name.Trim(' ', ':', '.', '-', '–', '*');
    }

    [GeneratedRegex(@"^(?<label>(?<kind>Biểu mẫu|BIỂU MẪU|Biểu|BIỂU|Mẫu|MẪU)\s+(?:số|SỐ)\s*(?<n>\d{1,3}[a-z]?|[IVX]{1,5}))\b(?:/[\p{L}\d\-/]+)?(?<rest>.*)$")]
    private static partial Regex NumberedTitle();

    [GeneratedRegex(@"^(?:DANH MỤC|DANH SÁCH|MẪU|BIỂU|BẢNG)\s+\p{Lu}")]
    private static partial Regex Named();

    [GeneratedRegex(@"\((?:Ban hành |Được ban hành )?(?:kèm|Kèm|KÈM)", RegexOptions.None)]
    private static partial Regex AttachedNote();
}
