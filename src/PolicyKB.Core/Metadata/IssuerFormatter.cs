namespace PolicyKB.Metadata;

/// <summary>
/// Writes an issuing body's name in proper Vietnamese case. Letterheads print it in capitals, the parent
/// body above the issuing unit (Nghị định 30/2020/NĐ-CP Phụ lục I, ô số 2): "UBND TỈNH HÀ GIANG / SỞ Y TẾ"
/// becomes "Sở Y tế tỉnh Hà Giang", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH" becomes "UBND tỉnh Hà Tĩnh".
/// </summary>
internal static class IssuerFormatter
{
    /// <summary>Formats the lines of a letterhead cell (one entry per printed line).</summary>
    public static string? FromLetterhead(IReadOnlyList<string> lines)
    {
        var words = new List<string>();
        var lineStarts = new HashSet<int>();
        foreach (var line in lines)
        {
            lineStarts.Add(words.Count);
            words.AddRange(VietnameseText.Squash(line.Replace("–", "-")).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        if (words.Count == 0) return null;
        if (OrganisationNames.National.TryGetValue(OrganisationNames.Key(string.Join(' ', words)), out var national)) return national;
        var folded = words.Select(VietnameseText.Fold).ToList();
        // A joint letterhead (thông tư liên tịch) joins its bodies with hyphens, each opening with its own head noun
        // ("BỘ TÀI CHÍNH - BỘ Y TẾ"); a hyphen inside one name ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") opens none.
        var joint = JointBodies(folded);
        if (joint.Count > 1)
        {
            return string.Join(" - ", joint.Select(r => words.Skip(r.Start).Take(r.Count).ToList())
                .Select(part => FromLetterhead([string.Join(' ', part)]) ?? string.Join(' ', part)));
        }

        // A later head noun after a complete parent name opens the issuing unit.
        var split = -1;
        var firstHead = OrganisationNames.HeadNounLength(folded, 0);
        // A head noun inside a known sector name belongs to it ("BỘ NỘI VỤ" is one ministry, not "Vụ" under "Bộ Nội").
        var sectorEnd = firstHead + OrganisationNames.SectorLength(folded, firstHead);
        for (var i = Math.Max(2, firstHead + 1); i < words.Count; i++)
        {
            var len = OrganisationNames.HeadNounLength(folded, i);
            if (len == 0 || i < sectorEnd || InsideHeadNoun(folded, i)) continue;
            var head = string.Join(' ', folded.Skip(i).Take(len));
            var previous = folded[i - 1];
            if (previous is "VÀ" || previous.EndsWith(',') || previous == "-") continue;
            if (lineStarts.Contains(i) || OrganisationNames.UnitHeads.Contains(head)) { split = i; break; }
        }
        if (split < 0) return Organisation(words);
        var parent = Organisation(words.Take(split).ToList());
        var child = Organisation(words.Skip(split).ToList());
        if (HasLocality(child)) return child;
        if (parent.StartsWith("UBND ", StringComparison.Ordinal) || parent.StartsWith("HĐND ", StringComparison.Ordinal))
            return child + " " + parent[(parent.IndexOf(' ') + 1)..];
        return child + ", " + parent;
    }

    /// <summary>The word ranges of the bodies a joint letterhead names, split at hyphens followed by a head noun.</summary>
    private static List<(int Start, int Count)> JointBodies(IReadOnlyList<string> folded)
    {
        var ranges = new List<(int Start, int Count)>();
        var start = 0;
        for (var i = 1; i + 1 < folded.Count; i++)
        {
            if (folded[i] != "-" || OrganisationNames.HeadNounLength(folded, i + 1) == 0 || OrganisationNames.HeadNounLength(folded, start) == 0) continue;
            ranges.Add((start, i - start));
            start = i + 1;
        }
        ranges.Add((start, folded.Count - start));
        return ranges;
    }

    /// <summary>
    /// A word inside a longer head noun that began before it: "CHỦ TỊCH ỦY" / "BAN NHÂN DÂN" wraps "ỦY BAN NHÂN DÂN" at a
    /// line break, and "BAN" there opens no unit of its own.
    /// </summary>
    private static bool InsideHeadNoun(IReadOnlyList<string> folded, int i)
    {
        for (var j = Math.Max(0, i - 3); j < i; j++)
        {
            if (j + OrganisationNames.HeadNounLength(folded, j) > i) return true;
        }
        return false;
    }

    /// <summary>
    /// Completes a body named in running text ("Sở Y tế Hà Giang xây dựng Kế hoạch…", "Ủy ban nhân dân tỉnh Hà Tĩnh
    /// ban hành…"), adding the level word, or the place of issue when the text leaves the locality implicit.
    /// </summary>
    public static string FromSentence(string organisation, string? place)
    {
        var text = VietnameseText.Squash(organisation);
        // "Bộ trưởng Bộ Tài chính ban hành Thông tư": the ministry issues.
        if (text.StartsWith("Bộ trưởng Bộ ", StringComparison.Ordinal)) text = text["Bộ trưởng ".Length..];
        var words = text.Split(' ').ToList();
        var folded = words.Select(VietnameseText.Fold).ToList();
        var head = OrganisationNames.HeadNounLength(folded, 0);
        var headKey = string.Join(' ', folded.Take(head));
        if (headKey is "ỦY BAN NHÂN DÂN" or "UBND") { words.RemoveRange(0, head); words.Insert(0, "UBND"); }
        else if (headKey is "HỘI ĐỒNG NHÂN DÂN" or "HĐND") { words.RemoveRange(0, head); words.Insert(0, "HĐND"); }
        text = string.Join(' ', words);
        folded = words.Select(VietnameseText.Fold).ToList();

        for (var i = 1; i < words.Count; i++)
        {
            if (OrganisationNames.LevelAt(folded, i) is not { } level) continue;
            // "Ủy ban nhân dân tỉnh" with the name left implicit: the place of issue names it.
            if (i + level.Words >= words.Count && place is not null)
                return text + " " + (Places.TryFind(place, out var proper, out _) ? proper : place);
            return text;
        }
        for (var n = Math.Min(Places.MaxWords, words.Count - 1); n >= 1; n--)
        {
            var tail = string.Join(' ', words.Skip(words.Count - n));
            if (Places.WithLevel(tail) is { } withLevel) return string.Join(' ', words.Take(words.Count - n)) + " " + withLevel;
        }
        // Only bodies of a province name their locality by the place of issue; ministries issue from Hà Nội too.
        var local = headKey is "ỦY BAN NHÂN DÂN" or "UBND" or "HỘI ĐỒNG NHÂN DÂN" or "HĐND" or "SỞ" or "CHI CỤC" or "BAN" or "TRUNG TÂM" or "BỆNH VIỆN";
        return local && place is not null && Places.WithLevel(place) is { } located ? text + " " + located : text;
    }

    /// <summary>Formats one organisation name printed in capitals.</summary>
    public static string Organisation(IReadOnlyList<string> words)
    {
        var joined = string.Join(' ', words);
        if (OrganisationNames.National.TryGetValue(OrganisationNames.Key(joined), out var known)) return known;
        var folded = words.Select(VietnameseText.Fold).ToList();
        // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" heads the letterhead of a decision the chairman takes in person.
        if (words.Count > 2 && folded[0] == "CHỦ" && folded[1] == "TỊCH" && OrganisationNames.HeadNounLength(folded, 2) > 0)
            return "Chủ tịch " + Organisation(words.Skip(2).ToList());
        var head = OrganisationNames.HeadNounLength(folded, 0);
        var headKey = string.Join(' ', folded.Take(head));
        var rest = words.Skip(head).ToList();
        switch (headKey)
        {
            case "ỦY BAN NHÂN DÂN" or "UBND":
                return rest.Count == 0 ? "UBND" : "UBND " + Locality(rest);
            case "HỘI ĐỒNG NHÂN DÂN" or "HĐND":
                return rest.Count == 0 ? "HĐND" : "HĐND " + Locality(rest);
            case "TỈNH ỦY" or "THÀNH ỦY" or "HUYỆN ỦY" or "ĐẢNG ỦY":
                return VietnameseText.CapitalizeFirst(string.Join(' ', words.Take(head)).ToLowerInvariant())
                    + (rest.Count == 0 ? "" : " " + VietnameseText.TitleWords(string.Join(' ', rest)));
        }
        var headText = head == 0 ? "" : VietnameseText.CapitalizeFirst(string.Join(' ', words.Take(head)).ToLowerInvariant());
        var restFolded = folded.Skip(head).ToList();
        var levelAt = -1;
        for (var i = 0; i < rest.Count - 1 && levelAt < 0; i++)
        {
            if (OrganisationNames.LevelAt(restFolded, i) is not null && !(restFolded[i] == "XÃ" && restFolded[i + 1] == "HỘI")) levelAt = i;
        }
        var name = levelAt < 0 ? rest : rest.Take(levelAt).ToList();
        var parts = new List<string>();
        if (headText.Length > 0) parts.Add(headText);
        if (name.Count > 0) parts.Add(Sector(name, capitalizeFirst: true));
        if (levelAt >= 0) parts.Add(Locality(rest.Skip(levelAt).ToList()));
        return string.Join(' ', parts);
    }

    /// <summary>"TỈNH ĐẮK LẮK" → "tỉnh Đắk Lắk"; "THÀNH PHỐ HỒ CHÍ MINH" → "thành phố Hồ Chí Minh".</summary>
    public static string Locality(IReadOnlyList<string> words)
    {
        var folded = words.Select(VietnameseText.Fold).ToList();
        if (OrganisationNames.LevelAt(folded, 0) is { } level)
        {
            var name = string.Join(' ', words.Skip(level.Words));
            if (name.Length == 0) return level.Text;
            return level.Text + " " + (Places.TryFind(name, out var proper, out _) ? proper : VietnameseText.TitleWords(name));
        }
        var all = string.Join(' ', words);
        return Places.TryFind(all, out var p, out _) ? p : VietnameseText.TitleWords(all);
    }

    /// <summary>
    /// A sector name: the official spelling when known, else each segment (split at ",", "VÀ", "-") opens
    /// with a capital and the rest is lower case, as ministries and departments are written.
    /// </summary>
    public static string Sector(IReadOnlyList<string> words, bool capitalizeFirst)
    {
        var joined = string.Join(' ', words);
        var key = OrganisationNames.Key(joined);
        foreach (var sector in OrganisationNames.Sectors)
        {
            if (OrganisationNames.Key(sector) == key) return sector;
        }
        var output = new List<string>();
        var capital = capitalizeFirst;
        foreach (var word in words)
        {
            var f = VietnameseText.Fold(word);
            if (word.Any(char.IsDigit) || word.Contains('&') || (word.Length > 1 && word.EndsWith('.'))) output.Add(word);
            else if (f is "VÀ") { output.Add("và"); capital = true; continue; }
            else if (f is "-" or "–") { output.Add(word); capital = true; continue; }
            else output.Add(capital ? VietnameseText.TitleWord(word) : word.ToLowerInvariant());
            capital = word.EndsWith(',');
        }
        var text = string.Join(' ', output);
        return text.Replace("việt nam", "Việt Nam").Replace("chính phủ", "Chính phủ").Replace("quốc hội", "Quốc hội");
    }

    private static bool HasLocality(string name)
    {
        var folded = name.Split(' ').Select(VietnameseText.Fold).ToList();
        for (var i = 1; i < folded.Count - 1; i++)
        {
            if (OrganisationNames.LevelAt(folded, i) is not null) return true;
        }
        return false;
    }
}
