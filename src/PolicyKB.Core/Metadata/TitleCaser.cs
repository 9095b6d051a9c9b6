namespace PolicyKB.Metadata;

/// <summary>
/// Turns a title printed in capitals into sentence case, as titles are written in running text.
/// Rule: everything lower case except the first letter, document numbers (kept as printed, "TTG" → "TTg"),
/// Roman numerals after "khóa", "lần thứ", "phụ lục"…, "V/v", the first letter inside quotes, and proper
/// nouns the casing of which is known: provinces after "tỉnh"/"thành phố", district and commune names
/// after their level word, national bodies, "Bộ"/"Sở" + sector, "Luật" + its first name word, and a type
/// word naming a specific document ("Nghị quyết số …", "ban hành Kế hoạch …"). Anything else stays lower
/// case: a wrongly lowered proper noun is cheaper than a guessed capital.
/// </summary>
internal static class TitleCaser
{
    private static readonly string[] Bodies =
    [
        "Ủy ban Thường vụ Quốc hội", "Thủ tướng Chính phủ", "Mặt trận Tổ quốc Việt Nam", "Ủy ban nhân dân",
        "Hội đồng nhân dân", "Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương",
        "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Việt Nam", "Nhà nước", "Đảng",
    ];

    private static readonly HashSet<string> RomanAfter = ["KHÓA", "THỨ", "CHƯƠNG", "PHẦN", "MỤC", "LỤC", "HỘI", "KỲ"];

    private static readonly HashSet<string> SpecificAfter = ["HÀNH", "DUYỆT", "HIỆN", "KHAI", "THEO", "CỦA", "TẠI"];

    private static readonly HashSet<string> NameStops =
    [
        "NĂM", "GIAI", "ĐẾN", "VÀ", "TRONG", "THỜI", "VỀ", "CỦA", "THEO", "TẠI", "VỚI", "CHO", "CÓ", "ĐỂ", "TỪ", "TRÊN",
        "CÁC", "NHỮNG", "ĐƯỢC", "ĐÃ", "TRỰC", "THUỘC", "LẦN", "KHÓA", "NHIỆM", "KỲ", "SAU", "TRƯỚC", "MỚI", "HỘI",
    ];

    private static readonly string[] ExtraSpecificTypes = ["Quy hoạch", "Chỉ tiêu"];

    /// <summary>Sentence case for a title printed in capitals; other text is returned unchanged.</summary>
    public static string ToSentenceCase(string text)
    {
        text = VietnameseText.Squash(text);
        if (!VietnameseText.IsAllCaps(text)) return text;
        var tokens = text.Split(' ');
        var bare = tokens.Select(t => VietnameseText.Fold(t.Trim(',', ';', ':', '.', '(', ')', '"', '“', '”', '‘', '’', '\''))).ToList();
        var output = tokens.Select(t => t.ToLowerInvariant()).ToArray();

        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Any(char.IsDigit)) output[i] = token.Replace("TTG", "TTg");
            else if (bare[i] == "V/V") output[i] = token.Replace("V/V", "V/v");
            else if (IsRoman(bare[i]) && (bare[i].Length >= 3 || (i > 0 && RomanAfter.Contains(bare[i - 1])))) output[i] = token;
            if (token.Length > 1 && token[0] is '“' or '"' or '‘') output[i] = VietnameseText.CapitalizeFirst(output[i]);
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var skip = Phrase(bare, output, i, Bodies) ?? SectorAfterHead(bare, output, i) ?? PlaceAfterLevel(bare, output, i)
                ?? LawName(bare, output, i) ?? TypeWord(bare, output, i);
            if (skip is > 0) i += skip.Value - 1;
        }
        output[0] = VietnameseText.CapitalizeFirst(output[0]);
        return string.Join(' ', output);
    }

    private static bool IsRoman(string word) => word.Length > 0 && word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C');

    private static int? Phrase(List<string> bare, string[] output, int at, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ');
            if (!Matches(bare, at, words)) continue;
            for (var k = 0; k < words.Length; k++) output[at + k] = Recase(output[at + k], words[k]);
            return words.Length;
        }
        return null;
    }

    private static int? SectorAfterHead(List<string> bare, string[] output, int at)
    {
        var previous = at > 0 ? bare[at - 1] : "";
        if (bare[at] is "BỘ" or "SỞ" && !Compounds.Contains(previous) && at + 1 < bare.Count)
        {
            var sector = Phrase(bare, output, at + 1, OrganisationNames.Sectors);
            if (sector is null) return null;
            output[at] = VietnameseText.CapitalizeFirst(output[at]);
            return 1 + sector;
        }
        // "CHI CỤC KIỂM LÂM", "CỤC THUẾ": the unit's name opens with a capital.
        var head = bare[at] == "CỤC" && previous != "CHI" && previous != "TỔNG" && previous != "BỘ" ? 1
            : at + 1 < bare.Count && bare[at + 1] == "CỤC" && bare[at] is "CHI" or "TỔNG" ? 2 : 0;
        if (head == 0 || at + head >= bare.Count || NameStops.Contains(bare[at + head])) return null;
        output[at] = VietnameseText.CapitalizeFirst(output[at]);
        output[at + head] = VietnameseText.CapitalizeFirst(output[at + head]);
        return head + 1;
    }

    /// <summary>Words that make "bộ"/"sở" part of a common noun ("cơ sở", "cán bộ", "nội bộ").</summary>
    private static readonly HashSet<string> Compounds = ["CƠ", "TRỤ", "CÁN", "NỘI", "TOÀN", "ĐỒNG", "SƠ", "TIẾN", "CỤC", "BỘ", "BAN", "CĂN"];

    private static int? PlaceAfterLevel(List<string> bare, string[] output, int at)
    {
        var level = OrganisationNames.LevelAt(bare, at);
        if (level is null || at + level.Value.Words >= bare.Count) return null;
        var start = at + level.Value.Words;
        for (var n = Math.Min(Places.MaxWords, bare.Count - start); n >= 1; n--)
        {
            if (!Places.TryFind(string.Join(' ', bare.Skip(start).Take(n)), out var proper, out _)) continue;
            var properWords = proper.Replace(" - ", " ").Split(' ');
            for (var k = 0; k < n && k < properWords.Length; k++) output[start + k] = Recase(output[start + k], properWords[k]);
            return level.Value.Words + n;
        }
        if (level.Value.Text is "tỉnh" or "thành phố" || bare[start] == "HỘI") return level.Value.Words;
        var count = 0;
        for (var k = start; k < bare.Count && count < 3 && !NameStops.Contains(bare[k]) && bare[k].Length > 0; k++)
        {
            output[k] = VietnameseText.CapitalizeFirst(output[k]);
            count++;
            if (output[k].EndsWith(',') || output[k].EndsWith(';')) break;
        }
        return level.Value.Words + count;
    }

    private static int? TypeWord(List<string> bare, string[] output, int at)
    {
        var length = DocumentTypes.MatchLength(bare, at);
        if (length == 0)
        {
            foreach (var extra in ExtraSpecificTypes)
            {
                if (Matches(bare, at, extra.Split(' '))) length = 2;
            }
        }
        if (length == 0) return null;
        var next = at + length < bare.Count ? bare[at + length] : "";
        var specific = next == "SỐ" || next.Any(char.IsDigit) || (at > 0 && SpecificAfter.Contains(bare[at - 1]));
        if (specific) output[at] = VietnameseText.CapitalizeFirst(output[at]);
        return length;
    }

    private static int? LawName(List<string> bare, string[] output, int at)
    {
        if (bare[at] != "LUẬT" || at + 1 >= bare.Count || NameStops.Contains(bare[at + 1]) || bare[at + 1] is "SỐ" or "SỬA" or "NÀY") return null;
        output[at] = VietnameseText.CapitalizeFirst(output[at]);
        output[at + 1] = VietnameseText.CapitalizeFirst(output[at + 1]);
        return 2;
    }

    private static bool Matches(List<string> bare, int at, string[] words)
    {
        if (at + words.Length > bare.Count) return false;
        for (var k = 0; k < words.Length; k++)
        {
            if (bare[at + k] != VietnameseText.Fold(words[k])) return false;
        }
        return true;
    }

    /// <summary>Gives <paramref name="token"/> the casing of <paramref name="model"/>, keeping its punctuation.</summary>
    private static string Recase(string token, string model)
    {
        var index = token.IndexOf(model, StringComparison.OrdinalIgnoreCase);
        if (index < 0) return char.IsUpper(model[0]) ? VietnameseText.CapitalizeFirst(token) : token;
        return string.Concat(token.AsSpan(0, index), model, token.AsSpan(index + model.Length));
    }
}
