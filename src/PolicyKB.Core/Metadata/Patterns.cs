using System.Text.RegularExpressions;

namespace PolicyKB.Metadata;

/// <summary>Regular expressions shared by the header, preamble and trailer readers.</summary>
/// <remarks>
/// Each pattern has a one-second budget per line (lines are cut to <see cref="LineView.MaxLineLength"/>): enough that
/// only real runaway backtracking trips it. A 200 ms budget tripped on a 770 KB gazette under a load average of 28,
/// when the thread merely waited for a core, and the layout fell back to all-body: output depended on machine load.
/// </remarks>
internal static partial class Patterns
{
    /// <summary>"Số: 36/KH-SYT", "Luật số: 26/2008/QH12", "Số:" alone (number on the next line).</summary>
    [GeneratedRegex(@"(?:^|(?<=[\s(]))(?:(?:Luật|LUẬT|Lệnh|LỆNH|Pháp lệnh|Nghị quyết)\s+)?(?:Số|SỐ|số)\s*:\s*(?<value>.*)$|^(?:Số|SỐ)\s+(?<value>\d[\p{L}\d.\-–]*(?:\s*/\s*[\p{L}\d.\-–&]+)+.*)$", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex NumberLabel();

    /// <summary>
    /// The number itself: digits first, then "/"-separated parts ("36 /KH-SYT", "242-KH/TU", "16/2025/NĐ-CP"), or the
    /// dash-joined form of numbers issued before the slashes (1990s decrees: "61-CP", "15-HĐBT").
    /// </summary>
    [GeneratedRegex(@"^(?<n>\d[\p{L}\d.\-–]*(?:\s*/\s*[\p{L}\d.\-–&]+)+|\d+[\-–]\p{Lu}[\p{Lu}\d]*(?:[\-–]\p{Lu}[\p{Lu}\d]*)*(?![\p{L}\d/]))", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex NumberValue();

    /// <summary>
    /// The rest of a số hiệu wrapped after a hyphen: codes in capitals joined by hyphens ("UBND",
    /// "TANDTC-BCA-BQP-BLĐTBXH").
    /// </summary>
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\d]*(?:[\-–&]\p{Lu}[\p{Lu}\d]*)*$", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex NumberCodes();

    /// <summary>A hyphen that ends a wrapped line of a số hiệu, before the codes the next line carries ("QĐ- UBND").</summary>
    [GeneratedRegex(@"(?<=\p{Lu})[\-–]\s+(?=\p{Lu}[\p{Lu}\d]*(?:[\-–&]\p{Lu}[\p{Lu}\d]*)*(?:\s|$))", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex WrappedNumberHyphen();

    /// <summary>
    /// Place and date of issue (Nghị định 30/2020/NĐ-CP Phụ lục I, ô số 4): "Hà Giang, ngày 29 tháng 01 năm 2021",
    /// a blank day "ngày   tháng 01 năm 2021", or "Hà Nội, ngày 20/11/2025".
    /// </summary>
    [GeneratedRegex(@"(?:(?<![\p{L}\d/\-–])(?<place>(?:TP\.\s*|Thành phố\s+|Thị xã\s+|Thị trấn\s+)?\p{Lu}\p{Ll}*\.?(?:\s*-?\s*\p{Lu}\p{Ll}*){0,4})\s*,\s*)?[Nn]gày\s*(?<d>\d{1,2})?\s*(?:tháng\s*(?<m>\d{1,2})?\s*năm\s*(?<y>\d{4})|/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4}))", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex PlaceDate();

    /// <summary>Runs of rule characters that print the short lines under the letterhead ("-------", "_____").</summary>
    [GeneratedRegex(@"[-_=–]{3,}", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Rule();

    /// <summary>Gaps wide enough to be two columns of a PDF page.</summary>
    [GeneratedRegex(@"\S\s{5,}\S", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex ColumnGap();

    /// <summary>Body headings that end a preamble: "I. MỤC ĐÍCH", "Điều 1.", "Chương I", "Phần thứ nhất", "Mục 1".</summary>
    [GeneratedRegex(@"^(?:[IVXLC]{1,6}\s*[.\-–)]\s*\S|(?:Điều|ĐIỀU)\s+\d|(?:Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\s+(?:[IVXLC\d]+|thứ|THỨ)\b|(?:PHỤ LỤC|Phụ lục)\b|[A-ZĐ]\s*[.)]\s+\p{Lu})", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Heading();

    /// <summary>Enacting words on a line of their own: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "CHỈ THỊ:".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\s]{2,30}:\s*$", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Enacting();

    /// <summary>Words opening a legal-basis sentence of the preamble.</summary>
    [GeneratedRegex(@"^(?:-\s*)?(?:Căn cứ|CĂN CỨ|Thực hiện|Theo đề nghị|Theo đề xuất|Xét đề nghị|Xét Tờ trình|Xét tờ trình|Xét)\b", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex LegalBasisStart();

    /// <summary>
    /// The enacting phrase that closes a preamble sentence: ", Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Kế hoạch …",
    /// "; Sở Y tế Hà Giang xây dựng Kế hoạch …", "Quốc hội ban hành Luật …" (Luật Ban hành văn bản quy phạm pháp luật: a
    /// law's preamble closes with the enacting body). The organisation is captured.
    /// </summary>
    [GeneratedRegex(@"(?<org>(?<![\p{L}\d\-/])(?:Sở|Ủy ban|Uỷ ban|UBND|Bộ|Ban|Cục|Tổng cục|Chi cục|Trung tâm|Bệnh viện|Hội đồng nhân dân|HĐND|Văn phòng|Chính phủ|Thủ tướng Chính phủ|Tỉnh ủy|Tỉnh uỷ|Quốc hội)\b[^,;.:()]{0,80}?)\s+(?:xây dựng|ban hành|thống nhất ban hành)\s+(?:Kế hoạch|kế hoạch|Chương trình|chương trình|Quyết định|Nghị quyết|Chỉ thị|Quy định|Quy chế|Hướng dẫn|hướng dẫn|Đề án|Thông tư|Nghị định|Bộ luật|Luật|Pháp lệnh)", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex EnactingClause();

    /// <summary>A person's name: two to six capitalised words ("Lương Viết Thuận", "Phạm Thị Nhị Bình").</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex PersonName();

    /// <summary>
    /// A military or police rank ("Đại tướng", "Thượng tá", "Phó Đô đốc") or academic degrees ("PGS.TS.", "TS.") printed
    /// before a signer's name, with the space after it.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|(?:(?:Phó|Chuẩn)\s+)?Đô\s+đốc|(?:(?:GS|PGS|TS|TSKH|ThS|BS|KS|CN|Ls|LS)\.\s*)+)\s*(?=\p{Lu})", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex NamePrefix();

    /// <summary>One word with a capital first letter and lower-case letters after it ("Phan", "Đại").</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+$", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex SingleCapitalisedWord();

    /// <summary>A signing mark alone on its line ("KT.", "TL.", "K/T"), the title it stands for wrapped to the next.</summary>
    [GeneratedRegex(@"^(?:KT|TL|TUQ|Q)\.$|^(?:K/T|T/L)$", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex BareMark();

    /// <summary>"(Đã ký)", "Đã ký", "( Đã ký)", "(đã ký)" and the stamp "(Ký tên, đóng dấu)".</summary>
    [GeneratedRegex(@"\(?\s*(?:[Đđ]ã ký|ĐÃ KÝ|[Kk]ý tên[^)]*|[Kk]ý, ghi rõ[^)]*)\s*\)?", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Signed();

    /// <summary>"PHỤ LỤC 02", "PHỤ LỤC I", "Phụ lục số 1" with the number captured.</summary>
    [GeneratedRegex(@"^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ|số))?\s*(?<n>[IVXLC]+|\d+[a-z]?)?\b", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Appendix();
}
