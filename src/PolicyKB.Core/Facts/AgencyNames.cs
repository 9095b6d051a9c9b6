using System.Text;
using PolicyKB.Metadata;

namespace PolicyKB.Facts;

/// <summary>
/// Agency names as tasks print them, made canonical so "SYT" and "Sở Y tế" are one agency. Abbreviations come from
/// the one list the project keeps (content/search/synonyms.tsv, embedded at build); the head nouns that open an
/// agency's name come from <see cref="OrganisationNames.HeadNouns"/>.
/// </summary>
public static class AgencyNames
{
    private static readonly Lazy<Dictionary<string, string>> Abbreviations = new(LoadAbbreviations);

    /// <summary>The all-capital abbreviations of content/search/synonyms.tsv and their first meaning ("ATGT" → "an toàn giao thông").</summary>
    internal static IReadOnlyDictionary<string, string> AbbreviationList => Abbreviations.Value;

    private static readonly string[] ExtraHeads =
    [
        "CÁC SỞ", "CÁC BỘ", "CÁC CƠ QUAN", "CƠ QUAN", "CÁC ĐƠN VỊ", "ĐƠN VỊ", "CÁC PHÒNG", "CÁC HUYỆN", "BHXH", "SYT",
        "MẶT TRẬN", "ỦY BAN MẶT TRẬN", "TỈNH ĐOÀN", "LIÊN ĐOÀN", "HỘI", "THỦ TƯỚNG", "CHÍNH PHỦ", "CHỦ TỊCH",
        "GIÁM ĐỐC", "THỦ TRƯỞNG", "TRƯỞNG", "LÃNH ĐẠO", "CÁC TỔ CHỨC", "TỔ CÔNG TÁC", "BCH", "BỘ CHQS", "BĐBP",
        "CỔNG THÔNG TIN", "BÁO", "ĐÀI PHÁT THANH",
    ];

    private static readonly string[] Heads = OrganisationNames.HeadNouns.Concat(ExtraHeads.Select(VietnameseText.Fold))
        .Distinct().OrderByDescending(h => h.Length).ToArray();

    private static readonly string[] NotAgencies =
        ["BÁO CÁO", "TRƯỜNG HỢP", "BỘ TIÊU CHÍ", "BỘ CÂU HỎI", "HỘI NGHỊ", "HỘI THẢO", "HỘI THI", "PHÒNG,", "PHÒNG CHỐNG", "PHÒNG NGỪA",
         "PHÒNG BỆNH", "BAN HÀNH", "VỤ VIỆC", "CƠ QUAN CHỦ TRÌ", "ĐƠN VỊ TÍNH", "ĐƠN VỊ HÀNH CHÍNH", "TRƯỞNG HỢP", "LÃNH ĐẠO,"];

    /// <summary>
    /// True when the text opens with an agency's head noun, capitalised as a name is ("Sở …", "UBND …", "Các sở, ngành …");
    /// a lower-case "ban …" or "vụ …" is a wrapped line of a sentence, not an agency.
    /// </summary>
    public static bool StartsWithAgency(string text)
    {
        // Cheap refusal before cleaning: a name opens with a capital (after decoration such as "**", "- ", "|").
        var first = text.AsSpan().TrimStart(" \t*-+|:;.,\u00A0");
        if (first.Length == 0 || !char.IsUpper(first[0])) return false;
        var cleaned = Clean(text.Length > 200 ? text[..200] : text);
        if (cleaned.StartsWith("Đề nghị ", StringComparison.Ordinal)) cleaned = cleaned[8..];
        if (cleaned.Length == 0 || !char.IsUpper(cleaned[0])) return false;
        var folded = VietnameseText.Fold(cleaned);
        if (NotAgencies.Any(n => folded.StartsWith(n, StringComparison.Ordinal))) return false;
        foreach (var head in Heads)
        {
            if (!folded.StartsWith(head, StringComparison.Ordinal)) continue;
            if (folded.Length == head.Length || !char.IsLetterOrDigit(folded[head.Length])) return true;
        }
        return false;
    }

    /// <summary>
    /// The canonical name: whitespace squashed, decoration and a leading "Đề nghị"/"Giao" dropped, whole-word
    /// abbreviations expanded ("SYT" → "Sở Y tế", "UBND tỉnh" → "Ủy ban nhân dân tỉnh").
    /// </summary>
    public static string Canonical(string raw)
    {
        var text = Clean(raw);
        foreach (var prefix in new[] { "đề nghị ", "giao ", "- ", "+ " })
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) text = text[prefix.Length..].TrimStart();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder(text.Length + 16);
        foreach (var word in words)
        {
            if (sb.Length > 0) sb.Append(' ');
            var core = word.TrimEnd(',', ';', '.', ':');
            if (Abbreviations.Value.TryGetValue(core, out var expansion))
                sb.Append(sb.Length == 0 ? Capitalize(expansion) : AfterHead(sb) ? SectorCase(expansion) : expansion).Append(word[core.Length..]);
            else sb.Append(word);
        }
        return sb.ToString().TrimEnd(',', ';', '.', ':', ' ');
    }

    // Words that cannot end a name: a name cut short before its noun ("Ủy ban Mặt trận Tổ quốc tỉnh và các" before
    // "tổ chức chính trị - xã hội") keeps what is a name and drops the dangling rest; a bare "Các" is no name at all.
    private static readonly string[] DanglingWords = ["các", "và", "những", "của", "với", "cho", "không", "hoặc", "cùng", "để"];

    private static string WithoutDanglingWords(string name)
    {
        var text = name;
        while (true)
        {
            var space = text.LastIndexOf(' ');
            var last = (space < 0 ? text : text[(space + 1)..]).TrimEnd(',', ';');
            if (!DanglingWords.Contains(last, StringComparer.OrdinalIgnoreCase)) break;
            text = space < 0 ? "" : text[..space].TrimEnd(',', ';', ' ');
        }
        return text;
    }

    /// <summary>
    /// An agency's name as lists show it: <see cref="Canonical"/> without words that cannot end a name; empty when
    /// nothing of a name is left (a bare "Các").
    /// </summary>
    public static string Name(string raw) => WithoutDanglingWords(Canonical(raw));

    /// <summary>The matching key: the name folded, so spelling and tone placement do not matter.</summary>
    public static string Key(string raw) => VietnameseText.Fold(Name(raw));

    internal static string Clean(string text) =>
        VietnameseText.Squash(text.Replace("*", "", StringComparison.Ordinal).Replace('\u00A0', ' ')).Trim(' ', ':', ';', '.', ',', '-', '+', '|');

    private static string Capitalize(string text)
    {
        // "sở y tế" → "Sở Y tế": the head noun is capitalised, and after "Sở"/"Bộ" the sector is written as a name.
        var space = text.IndexOf(' ');
        if (space < 0) return VietnameseText.CapitalizeFirst(text);
        var head = VietnameseText.CapitalizeFirst(text[..space]);
        return head is "Sở" or "Bộ" ? $"{head} {SectorCase(text[(space + 1)..])}" : head + text[space..];
    }

    // "Sở KH&CN" → "Sở Khoa học và Công nghệ": a sector named after its agency's head noun is written as a name, each
    // part joined by "và", "," or "-" opening with a capital (not "Sở khoa học và công nghệ").
    private static bool AfterHead(StringBuilder sb)
    {
        var text = sb.ToString().TrimEnd();
        var last = text[(text.LastIndexOf(' ') + 1)..];
        return last is "Sở" or "Bộ" or "Cục" or "Vụ" or "Phòng" or "Ban" or "Viện";
    }

    private static string SectorCase(string sector)
    {
        var words = sector.Split(' ');
        for (var i = 0; i < words.Length; i++)
            if (i == 0 || words[i - 1] is "và" or "-" or "–" || words[i - 1].EndsWith(',')) words[i] = VietnameseText.CapitalizeFirst(words[i]);
        return string.Join(' ', words);
    }

    private static Dictionary<string, string> LoadAbbreviations()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(AgencyNames).Assembly.GetManifestResourceStream("PolicyKB.Facts.synonyms.tsv");
        if (stream is null) return map;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var parts = line.Split('\t');
            // Only all-capital abbreviations ("SYT", "UBND"): ordinary words in the list stay as printed.
            if (parts.Length < 2 || parts[0].Length < 2 || parts[0].Any(char.IsLower) && parts[0] != "TTg") continue;
            map.TryAdd(parts[0], parts[1]);
        }
        return map;
    }
}
