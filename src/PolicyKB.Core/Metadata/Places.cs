namespace PolicyKB.Metadata;

/// <summary>
/// Provinces and centrally-run cities (the 63 units before the 2025 merger; the 34 after it keep names
/// from this list), used to case letterheads and titles and to complete an issuer named without its
/// locality ("Sở Y tế" + place of issue "Hà Giang" → "Sở Y tế tỉnh Hà Giang").
/// </summary>
internal static class Places
{
    /// <summary>Cities directly under the central government: their level word is "thành phố".</summary>
    private static readonly string[] Cities = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"];

    private static readonly string[] Provinces =
    [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
        "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên",
        "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang",
        "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn",
        "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
        "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
        "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang",
        "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ];

    private static readonly Dictionary<string, (string Name, bool City)> ByFold = Build();

    /// <summary>Longest name in words, bounding phrase look-ups.</summary>
    public const int MaxWords = 4;

    /// <summary>Finds a province or city by its name in any casing or tone-mark placement.</summary>
    public static bool TryFind(string name, out string properName, out bool isCity)
    {
        if (ByFold.TryGetValue(Key(name), out var hit))
        {
            (properName, isCity) = hit;
            return true;
        }
        (properName, isCity) = (string.Empty, false);
        return false;
    }

    /// <summary>"tỉnh Hà Giang" or "thành phố Cần Thơ" for a known name; null otherwise.</summary>
    public static string? WithLevel(string name) =>
        TryFind(name, out var proper, out var city) ? (city ? "thành phố " : "tỉnh ") + proper : null;

    private static string Key(string name) =>
        VietnameseText.Fold(VietnameseText.Squash(name.Replace('–', '-'))).Replace(" - ", "-").Replace("THÀNH PHỐ ", "");

    private static Dictionary<string, (string, bool)> Build()
    {
        var map = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (var p in Provinces) map[Key(p)] = (p, false);
        foreach (var c in Cities) map[Key(c)] = (c, true);
        map[Key("Thanh Hoá")] = ("Thanh Hóa", false);
        map[Key("Bà Rịa-Vũng Tàu")] = ("Bà Rịa - Vũng Tàu", false);
        return map;
    }
}
