using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Metadata;

namespace PolicyKB.Facts;

/// <summary>
/// Reads one target line: "Số bác sỹ/vạn dân: 11,5 người", "Tỷ lệ người dân tham gia bảo hiểm y tế >95%",
/// "100% xã, phường đạt tiêu chí quốc gia về y tế", "Trên 95% người dân …", "Tổng số giường bệnh 420 giường".
/// The value printed after a colon wins, then a percentage, then a number followed by its unit. A line without a
/// number gives no target (a goal such as "mỗi trạm y tế có một bác sĩ" is not turned into a figure).
/// </summary>
public static partial class TargetReader
{
    /// <summary>Reads a target, or null.</summary>
    public static TargetFact? Read(string line)
    {
        var text = AgencyNames.Clean(line);
        if (text.Length is < 4 or > 600) return null;
        var colon = text.IndexOf(':');
        if (colon > 3 && ValueAt(text[(colon + 1)..]) is { } afterColon && afterColon.Index <= 12)
            return Build(text, text[..colon], afterColon);
        var percent = Percent().Match(text);
        if (percent.Success) return Build(text, Remove(text, percent), percent);
        var counted = Counted().Match(text);
        if (counted.Success && counted.Index > 3) return Build(text, text[..counted.Index], counted);
        return null;
    }

    /// <summary>
    /// Reads every target of a line that states several: "… đạt trên 48,3 triệu USD, tốc độ tăng bình quân 05 - 06%/năm.
    /// Một số sản phẩm …". The line is cut at commas and sentence stops into pieces; a piece without a figure of its own
    /// stays with its neighbours (so "100% xã, phường đạt chuẩn" keeps its indicator whole), a sentence stop always
    /// ends a statement, and a later statement whose indicator is only filler ("tỷ lệ: 83,9%") is not a target.
    /// </summary>
    public static IReadOnlyList<TargetFact> ReadAll(string line)
    {
        var statements = Statements(line);
        if (statements.Count <= 1) return Read(line) is { } single ? [single] : [];
        var targets = new List<TargetFact>();
        foreach (var statement in statements)
        {
            if (Read(statement) is not { } target) continue;
            if (targets.Count > 0 && IndicatorKey(target.Indicator).Length == 0) continue;
            targets.Add(target);
        }
        return targets;
    }

    /// <summary>The line's statements: pieces between commas grouped so that each group holds one figure.</summary>
    private static List<string> Statements(string line)
    {
        var statements = new List<string>();
        var current = "";
        var currentHasValue = false;
        foreach (var sentence in SentenceStop().Split(line))
        {
            if (current.Length > 0) statements.Add(current);
            current = "";
            currentHasValue = false;
            foreach (var piece in CommaBreak().Split(sentence))
            {
                var hasValue = Read(piece) is not null;
                if (current.Length > 0 && hasValue && currentHasValue)
                {
                    statements.Add(current);
                    current = piece;
                    continue;
                }
                current = current.Length == 0 ? piece : current + ", " + piece;
                currentHasValue |= hasValue;
            }
        }
        if (current.Length > 0) statements.Add(current);
        return statements;
    }

    /// <summary>Indicator key: folded, abbreviations expanded, "sĩ"/"sỹ" and punctuation unified.</summary>
    public static string IndicatorKey(string indicator)
    {
        var canonical = AgencyNames.Canonical(indicator).Replace("sỹ", "sĩ", StringComparison.OrdinalIgnoreCase)
            .Replace("BHYT", "bảo hiểm y tế", StringComparison.Ordinal);
        var folded = VietnameseText.Fold(canonical);
        folded = Filler().Replace(folded, " ");
        return VietnameseText.Squash(NonWord().Replace(folded, " "));
    }

    private static Match? ValueAt(string text)
    {
        var m = Value().Match(text);
        return m.Success ? m : null;
    }

    private static TargetFact? Build(string raw, string indicator, Match value)
    {
        var number = ParseNumber(value.Groups["n"].Value);
        if (number is null) return null;
        // A range ("05 - 06%/năm") commits to at least its lower end; the raw line keeps both.
        var comparator = Comparator(value.Groups["c"].Value);
        if (value.Groups["lo"].Success && ParseNumber(value.Groups["lo"].Value) is { } low && low < number)
        {
            number = low;
            if (comparator == "=") comparator = "≥";
        }
        indicator = VietnameseText.Squash(IndicatorTrim().Replace(indicator, "")).Trim(' ', ':', ',', ';', '-', '.');
        if (indicator.Length < 3) return null;
        var unit = value.Groups["u"].Success ? value.Groups["u"].Value.Trim() : null;
        if (string.IsNullOrEmpty(unit)) unit = null;
        return new TargetFact
        {
            Indicator = indicator,
            IndicatorKey = IndicatorKey(indicator),
            Comparator = comparator,
            Value = number.Value,
            Unit = unit,
            Raw = raw,
        };
    }

    private static string Remove(string text, Match m) => (text[..m.Index] + " " + text[(m.Index + m.Length)..]).Trim();

    /// <summary>"11,5" → 11.5; "260.000" → 260000; "1.234,5" → 1234.5.</summary>
    internal static decimal? ParseNumber(string raw)
    {
        var s = raw.Trim();
        if (s.Length == 0) return null;
        if (ThousandsDot().IsMatch(s)) s = s.Replace(".", "", StringComparison.Ordinal);
        s = s.Replace(',', '.');
        if (s.Count(c => c == '.') > 1) return null;
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static string Comparator(string raw) => VietnameseText.Fold(raw.Trim()) switch
    {
        ">" or "TRÊN" or "HƠN" or "CAO HƠN" => ">",
        ">=" or "≥" or "ÍT NHẤT" or "TỐI THIỂU" or "KHÔNG DƯỚI" or "TỪ" => "≥",
        "<" or "DƯỚI" or "THẤP HƠN" => "<",
        "<=" or "≤" or "TỐI ĐA" or "KHÔNG QUÁ" => "≤",
        "GIẢM" or "GIẢM CÒN" or "GIẢM XUỐNG" => "giảm",
        "TĂNG" or "TĂNG LÊN" => "tăng",
        _ => "=",
    };

    private const string Cmp = @"(?<c>>=|<=|≥|≤|>|<|trên|dưới|ít nhất|tối thiểu|tối đa|không dưới|không quá|cao hơn|thấp hơn|giảm còn|giảm xuống|giảm|tăng lên|tăng|đạt|từ)?";
    private const string Num = @"(?<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)";
    private const string Range = @"(?:(?<lo>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)\s*[-–]\s*)?";

    [GeneratedRegex(@"^\s*(?:khoảng\s+)?" + Cmp + @"\s*" + Num + @"\s*(?<u>%|‰|%o|[\p{L}/]+(?:\s[\p{Ll}/]+){0,2})?", RegexOptions.IgnoreCase)]
    private static partial Regex Value();

    [GeneratedRegex(Cmp + @"\s*" + Range + Num + @"\s*(?<u>%(?:/năm)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(Cmp + @"\s*(?<![\d/.,])" + Num + @"\s+(?<u>(?!năm\b|tuổi\b|tháng\b)\p{Ll}+(?:\s(?:\p{Ll}+|\p{Lu}{2,4}\b)){0,1})\s*[;.]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Counted();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}%)…])\.\s+(?=\p{Lu})")]
    private static partial Regex SentenceStop();

    [GeneratedRegex(@",\s+")]
    private static partial Regex CommaBreak();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")]
    private static partial Regex ThousandsDot();

    [GeneratedRegex(@"^\s*(?:duy trì|phấn đấu|bảo đảm|đảm bảo|đạt|có)\s+|\s+(?:đạt|là|ở mức)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IndicatorTrim();

    [GeneratedRegex(@"\b(?:TỶ LỆ|TỈ LỆ|SỐ|CỦA|CÁC|ĐƯỢC|DUY TRÌ|ĐẠT)\b")]
    private static partial Regex Filler();

    [GeneratedRegex(@"[^\p{L}\p{N}/]+")]
    private static partial Regex NonWord();
}
