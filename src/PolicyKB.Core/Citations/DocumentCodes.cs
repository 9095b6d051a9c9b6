namespace PolicyKB.Citations;

/// <summary>
/// The abbreviation tables behind số hiệu: type codes of Nghị định 30/2020/NĐ-CP Phụ lục III (administrative documents),
/// the codes of legal documents (Nghị định 34/2016/NĐ-CP Điều 58) and of Party documents (Hướng dẫn 36-HD/VPTW).
/// Data table: kept in one place so the normaliser and the type inference agree.
/// </summary>
internal static class DocumentCodes
{
    /// <summary>State type codes (the part before the issuer in "281/QĐ-TTg", "111/2018/NĐ-CP") → full type word.</summary>
    public static readonly IReadOnlyDictionary<string, string> StateTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NQ"] = "Nghị quyết", ["QĐ"] = "Quyết định", ["CT"] = "Chỉ thị", ["QC"] = "Quy chế", ["QYĐ"] = "Quy định",
        ["QCPH"] = "Quy chế", ["TB"] = "Thông báo", ["HD"] = "Hướng dẫn", ["CTr"] = "Chương trình", ["KH"] = "Kế hoạch",
        ["PA"] = "Phương án", ["ĐA"] = "Đề án", ["DA"] = "Dự án", ["BC"] = "Báo cáo", ["BB"] = "Biên bản",
        ["TTr"] = "Tờ trình", ["HĐ"] = "Hợp đồng", ["CĐ"] = "Công điện", ["BGN"] = "Bản ghi nhớ", ["BTT"] = "Bản thỏa thuận",
        ["GUQ"] = "Giấy ủy quyền", ["GM"] = "Giấy mời", ["GGT"] = "Giấy giới thiệu", ["KL"] = "Kết luận",
        ["NĐ"] = "Nghị định", ["TT"] = "Thông tư", ["TTLT"] = "Thông tư liên tịch", ["NQLT"] = "Nghị quyết liên tịch",
        ["PL"] = "Pháp lệnh", ["L"] = "Luật", ["SL"] = "Sắc lệnh", ["LCT"] = "Lệnh",
    };

    /// <summary>Party type codes (the part before "/" in "25-CT/TW"); they differ from the state table on TT and QĐi.</summary>
    public static readonly IReadOnlyDictionary<string, string> PartyTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NQ"] = "Nghị quyết", ["QĐ"] = "Quyết định", ["CT"] = "Chỉ thị", ["KL"] = "Kết luận", ["QC"] = "Quy chế",
        ["QĐi"] = "Quy định", ["HD"] = "Hướng dẫn", ["KH"] = "Kế hoạch", ["CTr"] = "Chương trình", ["TB"] = "Thông báo",
        ["TT"] = "Thông tri", ["BC"] = "Báo cáo", ["TTr"] = "Tờ trình", ["ĐA"] = "Đề án", ["PA"] = "Phương án",
        ["CV"] = "Công văn", ["BB"] = "Biên bản", ["CĐ"] = "Công điện",
    };

    /// <summary>
    /// Codes that lost their "Đ" when typed without Vietnamese input; restored only where the ASCII form is not
    /// itself a code (HD stays HD: it is "Hướng dẫn"; QD/ND/HDND/BLDTBXH are never valid as typed).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DRestored = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["QD"] = "QĐ", ["ND"] = "NĐ", ["HDND"] = "HĐND", ["BLDTBXH"] = "BLĐTBXH", ["QDI"] = "QĐi",
    };

    /// <summary>
    /// Codes typed run together with a letter lost where two codes meet: "05/CTTg" is a Chỉ thị of the Prime Minister
    /// (CT-TTg sharing its T), as printed in footnotes of older plans.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Merged = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CTTG"] = "CT-TTg",
    };

    /// <summary>Codes written in mixed case by the drafting rules; input is upper-cased first, then these are restored.</summary>
    public static readonly IReadOnlyDictionary<string, string> MixedCase = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["TTG"] = "TTg", ["CTR"] = "CTr", ["TTR"] = "TTr", ["QĐI"] = "QĐi",
    };

    /// <summary>Issuer codes for công văn (số/ký hiệu without a type code, NĐ 30/2020 Phụ lục III mục 2).</summary>
    public static readonly IReadOnlySet<string> IssuerCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "UBND", "HĐND", "BYT", "SYT", "BTC", "BCA", "BQP", "BNV", "BTP", "BCT", "BXD", "BGDĐT", "BLĐTBXH", "BNNPTNT",
        "BNNMT", "BKHĐT", "BTNMT", "BVHTTDL", "BTTTT", "BKHCN", "BGTVT", "VPCP", "TTg", "CP", "QH", "TW", "TU", "HU",
        "BHXH", "UBMTTQ", "SCT", "STC", "SNV", "STP",
    };

    /// <summary>Abbreviated type words that may stand before a number ("QĐ số 281/QĐ-TTg").</summary>
    public static readonly IReadOnlyDictionary<string, string> TypeAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["QĐ"] = "Quyết định", ["NĐ"] = "Nghị định", ["NQ"] = "Nghị quyết", ["TT"] = "Thông tư", ["CT"] = "Chỉ thị",
        ["KH"] = "Kế hoạch", ["CV"] = "Công văn", ["TB"] = "Thông báo", ["HD"] = "Hướng dẫn", ["BC"] = "Báo cáo",
        ["KL"] = "Kết luận", ["CĐ"] = "Công điện", ["TTLT"] = "Thông tư liên tịch",
    };

    /// <summary>Type words that introduce a reference, longest first so "Thông tư liên tịch" wins over "Thông tư".</summary>
    public static readonly IReadOnlyList<string> TypeWords =
    [
        "Thông tư liên tịch", "Nghị quyết liên tịch", "Quy chế phối hợp", "Nghị quyết", "Nghị định", "Quyết định",
        "Chỉ thị", "Thông tư", "Kế hoạch", "Công văn", "Hướng dẫn", "Thông báo", "Báo cáo", "Công điện", "Quy định",
        "Quy chế", "Kết luận", "Bộ luật", "Luật", "Pháp lệnh", "Chương trình", "Đề án", "Phương án", "Tờ trình",
        "Thông tri", "Văn bản", "Hiến pháp", "Lệnh", "Sắc lệnh",
    ];

    /// <summary>Type words that announce a generic "văn bản": the real type is then inferred from the number.</summary>
    public static bool IsGenericTypeWord(string word) => word is "Văn bản";
}
