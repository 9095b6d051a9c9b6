using System.Text.RegularExpressions;
using PolicyKB.Search.Embeddings;

namespace PolicyKB.Search.Rerank;

/// <summary>
/// What kind of value a query asks for (an amount, a time or deadline, who is responsible, where the money comes
/// from, a list) and whether a clause holds a value of that kind. A question such as "thuê nhà mỗi mét vuông giá bao
/// nhiêu" is answered by the sibling that states "… đồng/m²", not by the siblings that share its words; the
/// reranker's other features cannot see that. Cues are general Vietnamese question words and the forms policy text
/// writes values in (numbers with units, dates, agencies, "kinh phí"), matched on folded text so that a query typed
/// without diacritics asks the same.
/// </summary>
public static partial class QueryIntent
{
    /// <summary>The kinds, in the order <see cref="Asked"/> and <see cref="Held"/> index them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["amount", "time", "who", "funding", "list"];

    // Query side: question words, folded, whole words.
    private static readonly Regex[] _asks =
    [
        AsksAmount(), AsksTime(), AsksWho(), AsksFunding(), AsksList(),
    ];

    // Clause side: the forms a value of each kind is written in, folded and lower case (who also reads the case).
    private static readonly Regex[] _holds =
    [
        HoldsAmount(), HoldsTime(), HoldsWho(), HoldsFunding(), HoldsList(),
    ];

    /// <summary>For each of <see cref="Kinds"/>, whether <paramref name="query"/> asks for a value of that kind.</summary>
    public static bool[] Asked(string query)
    {
        var folded = " " + TextFolding.Fold(query.ToLowerInvariant()) + " ";
        return _asks.Select(r => r.IsMatch(folded)).ToArray();
    }

    /// <summary>
    /// For each kind asked (<paramref name="asked"/>), whether <paramref name="text"/> holds a value of it; kinds not
    /// asked are not looked for (false), so a query that asks nothing costs nothing per candidate.
    /// </summary>
    public static bool[] Held(string text, bool[] asked)
    {
        var held = new bool[asked.Length];
        if (!asked.Any(a => a)) return held;
        var folded = TextFolding.Fold(text.ToLowerInvariant());
        for (var i = 0; i < asked.Length; i++)
        {
            // Agencies are named with a capital ("Sở Y tế", "Ủy ban nhân dân"): read the text as written too.
            held[i] = asked[i] && (_holds[i].IsMatch(folded) || (i == 2 && Agency().IsMatch(text)));
        }
        return held;
    }

    /// <summary>The feature value of one kind: 0 when not asked, 1 when asked and held, −1 when asked and not held.</summary>
    public static float Value(bool asked, bool held) => !asked ? 0f : held ? 1f : -1f;

    [GeneratedRegex(@"\b(bao nhieu|het bao|muc (phi|thu|gia|luong|tien|ho tro|phat|dong|chi)|gia (thue|ban|tien|ve|bao)|ty le|phan tram|toi da|toi thieu|may (lan|phan)|bao nhieu tien|duoc (ho tro|huong|nhan) (bao|may))\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsksAmount();

    [GeneratedRegex(@"\b(khi nao|bao gio|luc nao|bao lau|thoi han|han chot|han cuoi|ngay nao|thang nao|nam nao|mua nao|dip nao|thoi diem|den khi|tu khi|truoc ngay|cao diem|hang nam|dinh ky|may gio|bao nhieu (ngay|thang|nam|tuan|gio))\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsksTime();

    [GeneratedRegex(@"\b(ai|co quan nao|don vi nao|cap nao|ben nao|so nao|nganh nao|ai chiu|chiu trach nhiem|trach nhiem cua ai|noi nao giai quyet)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsksWho();

    [GeneratedRegex(@"\b(tien dau|tien o dau|lay tien|kinh phi|ngan sach|nguon (von|tien|kinh phi|chi)|ai (tra|chi)|chi tra)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsksFunding();

    [GeneratedRegex(@"\b(nhung (\w+ ){0,3}nao|nhung gi|nhung ai|gom (nhung )?(gi|ai)|bao gom|loai nao|cac (\w+ ){1,3}nao)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsksList();

    [GeneratedRegex(@"\d[\d.,]*\s*(%|(phan tram|dong|trieu|ty|nghin|ngan|m2|m3|lan|usd|vnd|kg|tan|ha|km|nguoi|suat)\b)|\b(muc thu|muc phi|muc gia|toi da|toi thieu|ty le)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HoldsAmount();

    [GeneratedRegex(@"\b(ngay \d{1,2}(/| thang )\d{1,2}|\d{1,2}/\d{1,2}/\d{4}|thang \d{1,2}|nam \d{4}|quy (i|ii|iii|iv|[1-4])|\d+ (ngay|thang|nam|tuan|gio)|truoc ngay|tu ngay|den het|den ngay|hang (nam|thang|quy|tuan|ngay)|dinh ky|thoi han|thoi gian|ke tu)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HoldsTime();

    [GeneratedRegex(@"\b(chu tri|chiu trach nhiem|co trach nhiem|giao cho|phoi hop|co quan|don vi|ubnd)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HoldsWho();

    [GeneratedRegex(@"\b(Sở|Bộ|Ủy ban|Uỷ ban|Cục|Chi cục|Trung tâm|Công an|Kho bạc|Hội đồng|Văn phòng|Đài|Báo)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex Agency();

    [GeneratedRegex(@"\b(kinh phi|ngan sach|nguon von|von dau tu|chi tra|nguon tai chinh|xa hoi hoa|du toan)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HoldsFunding();

    [GeneratedRegex(@"\b(gom|bao gom|sau day|nhu sau)\b|:\s*$|;[^;]*;", RegexOptions.CultureInvariant)]
    private static partial Regex HoldsList();
}
