using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Text;

/// <summary>
/// Names of places a question can be about: the provinces and centrally-run cities (data table; the 63 units before the
/// 2025 merger, whose names the 34 after it keep), plus the places of the documents in the knowledge base (districts such
/// as "Sơn Dương"). Names compare folded, on word boundaries.
/// </summary>
public static partial class PlaceNames
{
    /// <summary>Provinces and cities, as printed.</summary>
    public static readonly IReadOnlyList<string> Provinces =
    [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
        "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
        "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên",
        "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
        "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
        "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
        "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Hà Nội", "Hồ Chí Minh",
        "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
    ];

    /// <summary>The folded key of a place name ("Thanh Hoá" → "thanh hoa").</summary>
    public static string Key(string name) => string.Join(' ', Words().Matches(VietnameseNormalizer.Fold(TextSanitizer.Clean(name))).Select(m => m.Value));

    /// <summary>
    /// The places named in <paramref name="text"/> among <paramref name="candidates"/> (folded keys), longest first, each
    /// with its character span in the folded text. A shorter name inside a longer one found ("Huế" in "Thừa Thiên Huế") is
    /// not reported twice.
    /// </summary>
    public static IReadOnlyList<(string Key, int Start, int Length)> Find(string text, IEnumerable<string> candidates)
    {
        var folded = " " + string.Join(' ', Words().Matches(VietnameseNormalizer.Fold(TextSanitizer.Clean(text))).Select(m => m.Value)) + " ";
        var found = new List<(string Key, int Start, int Length)>();
        foreach (var key in candidates.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(k => k.Length))
        {
            var at = folded.IndexOf(" " + key + " ", StringComparison.Ordinal);
            while (at >= 0)
            {
                var start = at + 1;
                if (!found.Any(f => start < f.Start + f.Length && f.Start < start + key.Length)) found.Add((key, start, key.Length));
                at = folded.IndexOf(" " + key + " ", at + 1, StringComparison.Ordinal);
            }
        }
        return found;
    }

    /// <summary>
    /// The keys of the places <paramref name="text"/> names among <paramref name="candidates"/> (<see cref="Find"/>), less
    /// a name written after a commune's or ward's word ("phường Bắc Giang", "xã Yên Thế"): since the 2025 merger many
    /// wards and communes bear the name of a former province or district, and such a name is the ward, not the province.
    /// </summary>
    public static List<string> Named(string text, IEnumerable<string> candidates)
    {
        var folded = " " + string.Join(' ', Words().Matches(VietnameseNormalizer.Fold(TextSanitizer.Clean(text))).Select(m => m.Value)) + " ";
        return Find(text, candidates).Where(p => !LocalUnitBefore().IsMatch(folded[..p.Start])).Select(p => p.Key).ToList();
    }

    /// <summary>A commune's, ward's or hamlet's word (folded) just before a name: "xã", "phường", "thị trấn", "thôn", "ấp".</summary>
    [GeneratedRegex(@" (?:xa|phuong|thi tran|thon|ap|khu pho|to dan pho) $")]
    private static partial Regex LocalUnitBefore();

    /// <summary>
    /// The places a document belongs to, from its issuer, place of issue and title: provinces named anywhere in them, and
    /// the unit named after "tỉnh/huyện/thành phố/thị xã/quận" ("UBND huyện Sơn Dương" → "son duong").
    /// </summary>
    public static HashSet<string> OfDocument(params string?[] fields)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (string.IsNullOrWhiteSpace(field)) continue;
            foreach (var (key, _, _) in Find(field, Provinces.Select(Key))) places.Add(key);
            foreach (Match unit in UnitName().Matches(field)) places.Add(Key(unit.Groups["name"].Value));
        }
        places.Remove("");
        return places;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\d]+")]
    private static partial Regex Words();

    /// <summary>An administrative unit word followed by a capitalised name of one to four words.</summary>
    [GeneratedRegex(@"(?:tỉnh|huyện|thành phố|thị xã|quận|Tỉnh|Huyện)\s+(?<name>\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})")]
    private static partial Regex UnitName();
}
