using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// "… thì lấy tiền ở đâu?", "lấy kinh phí từ đâu?" asks where the money comes from, not a place (issue #11 round 17): the
/// answer names a source of funds ("được sử dụng nguồn kinh phí hoạt động của cơ quan …", "do ngân sách tỉnh bảo đảm"),
/// where no preposition of place need stand. Read from the question's asking words, never from a document's wording.
/// </summary>
public static partial class FundingSource
{
    /// <summary>True when the folded question <paramref name="q"/> (padded with spaces) asks where money is taken from.</summary>
    public static bool Asked(string q) => SourceAsked().IsMatch(q);

    /// <summary>True when the folded sentence <paramref name="folded"/> names a source of funds.</summary>
    public static bool Named(string folded) => Source().IsMatch(folded);

    /// <summary>"lấy (tiền) ở đâu", "lấy kinh phí từ đâu", "tiền … từ đâu ra" (folded).</summary>
    [GeneratedRegex(@" lay (?:\S+ ){0,3}?(?:o|tu) dau | (?:tien|kinh phi|von|chi phi|ngan sach) (?:\S+ ){0,3}?tu dau ")]
    private static partial Regex SourceAsked();

    /// <summary>A source of funds (folded): "nguồn", "ngân sách", "dự toán", "vốn", "kinh phí", "xã hội hóa", "tài trợ", "đóng góp".</summary>
    [GeneratedRegex(@"\b(?:nguon|ngan sach|du toan|von|kinh phi|xa hoi hoa|tai tro|dong gop)\b")]
    private static partial Regex Source();
}
