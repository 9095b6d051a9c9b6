namespace PolicyKB.Metadata;

/// <summary>
/// Data for naming issuing bodies: national bodies written in full, head nouns that open an organisation's
/// name, administrative level words, and sector names of ministries and provincial departments.
/// </summary>
internal static class OrganisationNames
{
    /// <summary>Bodies whose proper spelling is not derivable from capitals by rule.</summary>
    public static readonly IReadOnlyDictionary<string, string> National = new[]
    {
        "Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Thủ tướng Chính phủ", "Chủ tịch nước",
        "Văn phòng Chính phủ", "Văn phòng Quốc hội", "Văn phòng Chủ tịch nước", "Thanh tra Chính phủ",
        "Ngân hàng Nhà nước Việt Nam", "Bảo hiểm xã hội Việt Nam", "Kiểm toán nhà nước", "Tòa án nhân dân tối cao",
        "Viện kiểm sát nhân dân tối cao", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "Bộ Chính trị", "Ban Bí thư",
        "Ban Chấp hành Trung ương", "Ủy ban Dân tộc", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Ngân hàng Chính sách xã hội", "Ngân hàng Phát triển Việt Nam", "Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam",
        "Tổng Liên đoàn Lao động Việt Nam", "Ban Chấp hành Trung ương Đảng", "Đảng Cộng sản Việt Nam",
        "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Lao động - Thương binh và Xã hội", "Bộ Công Thương",
        "Bộ Giao thông vận tải", "Bộ Thông tin và Truyền thông", "Bộ Dân tộc và Tôn giáo",
        "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp", "Hội đồng bầu cử quốc gia", "Kiểm toán Nhà nước",
    }.GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>
    /// Words that open an organisation's name, folded, longest first. A second head noun after a complete
    /// name marks a subordinate unit printed under its parent ("UBND TỈNH HÀ GIANG / SỞ Y TẾ").
    /// </summary>
    public static readonly string[] HeadNouns = new[]
    {
        "ỦY BAN NHÂN DÂN", "UBND", "HỘI ĐỒNG NHÂN DÂN", "HĐND", "ỦY BAN", "BỘ", "SỞ", "TỔNG CỤC", "CHI CỤC", "CỤC",
        "VỤ", "BAN", "VĂN PHÒNG", "TRUNG TÂM", "BỆNH VIỆN", "HỌC VIỆN", "VIỆN", "PHÒNG", "TRƯỜNG", "THANH TRA",
        "KHO BẠC", "BẢO HIỂM XÃ HỘI", "BỘ CHỈ HUY", "BỘ TƯ LỆNH", "CÔNG AN", "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY",
        "ĐẢNG ỦY", "HỘI ĐỒNG", "TÒA ÁN", "VIỆN KIỂM SÁT", "ĐÀI", "BÁO", "QUỸ", "TẬP ĐOÀN", "TỔNG CÔNG TY", "CÔNG TY",
        "NGÂN HÀNG", "ĐẠI HỌC", "KIỂM TOÁN",
    }.Select(VietnameseText.Fold).Distinct().OrderByDescending(h => h.Split(' ').Length).ThenByDescending(h => h.Length).ToArray();

    /// <summary>
    /// Head nouns of subordinate units that may follow their parent on the same line without a break
    /// ("BỘ TÀI CHÍNH CỤC THUẾ"); weaker ones ("PHÒNG", "CÔNG AN") only count at the start of a line,
    /// since they also occur inside names ("BỘ QUỐC PHÒNG", "BỘ CÔNG AN").
    /// </summary>
    public static readonly HashSet<string> UnitHeads = new[]
    {
        "SỞ", "TỔNG CỤC", "CHI CỤC", "CỤC", "VỤ", "VĂN PHÒNG", "TRUNG TÂM", "BỆNH VIỆN", "HỌC VIỆN",
    }.Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Number of words of the longest known sector name at <paramref name="at"/> (folded words), or 0.</summary>
    public static int SectorLength(IReadOnlyList<string> foldedWords, int at)
    {
        foreach (var sector in SectorKeys)
        {
            if (at + sector.Length > foldedWords.Count) continue;
            var ok = true;
            for (var k = 0; k < sector.Length && ok; k++) ok = foldedWords[at + k] == sector[k];
            if (ok) return sector.Length;
        }
        return 0;
    }

    /// <summary>Administrative levels, folded, with their lower-case spelling.</summary>
    public static readonly (string Fold, string Text)[] Levels = new[]
    {
        "thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường",
    }.Select(l => (VietnameseText.Fold(l), l)).ToArray();

    /// <summary>
    /// Sector names of ministries and provincial departments as officially cased, for titles printed in
    /// capitals ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" → "Sở Nông nghiệp và Môi trường").
    /// </summary>
    public static readonly string[] Sectors = new[]
    {
        "Văn hóa, Thể thao và Du lịch", "Lao động - Thương binh và Xã hội", "Nông nghiệp và Phát triển nông thôn",
        "Nông nghiệp và Môi trường", "Tài nguyên và Môi trường", "Giáo dục và Đào tạo", "Khoa học và Công nghệ",
        "Thông tin và Truyền thông", "Kế hoạch và Đầu tư", "Giao thông vận tải", "Dân tộc và Tôn giáo",
        "Văn hóa và Thể thao", "Y tế", "Tư pháp", "Tài chính", "Công an", "Quốc phòng", "Ngoại giao", "Nội vụ",
        "Công Thương", "Xây dựng", "Du lịch", "Ngoại vụ",
    }.OrderByDescending(s => s.Length).ToArray();

    private static readonly string[][] SectorKeys = Sectors.Select(s => Key(s).Split(' '))
        .OrderByDescending(k => k.Length).ToArray();

    /// <summary>Matching key for a name: folded, whitespace and dash spacing unified.</summary>
    public static string Key(string name) => VietnameseText.Fold(VietnameseText.Squash(name.Replace('–', '-')));

    /// <summary>Number of words of the head noun at <paramref name="at"/>, or 0.</summary>
    public static int HeadNounLength(IReadOnlyList<string> foldedWords, int at)
    {
        foreach (var head in HeadNouns)
        {
            var parts = head.Split(' ');
            if (at + parts.Length > foldedWords.Count) continue;
            var ok = true;
            for (var k = 0; k < parts.Length && ok; k++) ok = foldedWords[at + k] == parts[k];
            if (ok) return parts.Length;
        }
        return 0;
    }

    /// <summary>The level word at <paramref name="at"/> (folded words), or null.</summary>
    public static (int Words, string Text)? LevelAt(IReadOnlyList<string> foldedWords, int at)
    {
        foreach (var (fold, text) in Levels)
        {
            var parts = fold.Split(' ');
            if (at + parts.Length > foldedWords.Count) continue;
            var ok = true;
            for (var k = 0; k < parts.Length && ok; k++) ok = foldedWords[at + k] == parts[k];
            if (ok) return (parts.Length, text);
        }
        return null;
    }
}
