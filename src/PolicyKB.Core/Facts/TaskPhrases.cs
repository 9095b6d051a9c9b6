using System.Text.RegularExpressions;

namespace PolicyKB.Facts;

/// <summary>
/// Phrases of task sentences: the agency a sentence opens with ("Bộ Nội vụ phối hợp với …", "Các đơn vị gửi báo cáo
/// …"), the agency after "Giao", and the cooperating agencies after "phối hợp với". The agency ends at the first
/// lower-case task verb or a colon: sector names are capitalised ("Bộ Xây dựng"), verbs are not.
/// </summary>
public static partial class TaskPhrases
{
    private const int MaxAgencyLength = 110;

    /// <summary>The agency a sentence opens with, canonical, or null.</summary>
    public static string? LeadingAgency(string sentence)
    {
        // An agency's name is short: only the sentence's opening is searched for the verb that ends it.
        var text = AgencyNames.Clean(sentence.Length > 400 ? sentence[..400] : sentence);
        if (!AgencyNames.StartsWithAgency(text)) return null;
        var m = AgencyThenVerb().Match(text.Length > MaxAgencyLength + 40 ? text[..(MaxAgencyLength + 40)] : text);
        if (!m.Success || m.Groups["a"].Length > MaxAgencyLength) return null;
        return AgencyNames.Name(m.Groups["a"].Value) is { Length: > 0 } name ? name : null;
    }

    /// <summary>"Giao Sở Công Thương chủ trì …" → "Sở Công Thương"; null when the sentence assigns nothing.</summary>
    public static string? AssignedAgency(string sentence, out int start)
    {
        start = -1;
        var m = Assign().Match(sentence);
        if (!m.Success) return null;
        var agency = LeadingAgency(sentence[(m.Index + m.Length)..]);
        if (agency is not null) start = m.Index;
        return agency;
    }

    /// <summary>Agencies after "phối hợp với" (or "phối hợp" right before an agency's name), canonical, in order.</summary>
    public static List<string> Cooperating(string sentence)
    {
        var result = new List<string>();
        foreach (Match m in Cooperation().Matches(sentence))
        {
            // "phối hợp Sở Tài chính, UBND các huyện" drops the "với"; "phối hợp thực hiện" names no partner.
            if (!m.Groups["with"].Success && !AgencyNames.StartsWithAgency(m.Groups["list"].Value)) continue;
            foreach (var piece in SplitList(m.Groups["list"].Value))
            {
                foreach (var name in SplitAnd(piece.Trim()))
                {
                    var canonical = AgencyNames.Name(name);
                    if (canonical.Length >= 3 && !result.Contains(canonical, StringComparer.Ordinal)) result.Add(canonical);
                }
            }
        }
        return result;
    }

    /// <summary>Splits a list of agencies into names, keeping a list as printed when it has none.</summary>
    public static List<string> Agencies(string cell)
    {
        var result = new List<string>();
        foreach (var piece in SplitList(AgencyNames.Clean(cell)))
        {
            // A cell may run on into a note ("… liên quan Sau khi có Quy chế …"): the name ends where a sentence starts.
            var cut = SentenceInCell().Match(piece) is { Success: true } m ? piece[..m.Index] : piece;
            var name = AgencyNames.Name(cut);
            if (name.Length >= 2 && name.Length <= MaxAgencyLength) result.Add(name);
        }
        return result;
    }

    /// <summary>
    /// Splits at ";" and at a comma followed by another agency's name: "Sở Y tế, Sở Tài chính" is two agencies,
    /// "Các bộ, ngành và địa phương" is one.
    /// </summary>
    private static IEnumerable<string> SplitList(string list)
    {
        foreach (var part in list.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var comma = part.IndexOf(',', StringComparison.Ordinal); comma >= 0; comma = part.IndexOf(',', comma + 1))
            {
                if (!AgencyNames.StartsWithAgency(part[(comma + 1)..])) continue;
                yield return part[start..comma];
                start = comma + 1;
            }
            yield return part[start..];
        }
    }

    private static IEnumerable<string> SplitAnd(string piece)
    {
        // "Sở Kế hoạch và Đầu tư" keeps its "và"; "Sở Y tế và các cơ quan liên quan" splits before the second agency.
        var at = piece.IndexOf(" và ", StringComparison.Ordinal);
        while (at > 0 && !AgencyNames.StartsWithAgency(piece[(at + 4)..]))
            at = piece.IndexOf(" và ", at + 4, StringComparison.Ordinal);
        if (at <= 0) return [piece];
        return [piece[..at], .. SplitAnd(piece[(at + 4)..])];
    }

    // "tổ chức" and "thông tin" are also nouns: "các tổ chức chính trị - xã hội", "Cổng Thông tin điện tử" belong to the name.
    private const string Verbs = "chủ trì|phối hợp|chịu trách nhiệm|có trách nhiệm|là cơ quan|là đầu mối|tham mưu|hướng dẫn|(?<!(?i:các|những|và)\\s+)tổ chức(?!\\s+(?:chính\\s+trị|xã\\s+hội|đoàn\\s+thể|thành\\s+viên|,))|xây dựng|bố trí|triển khai|thực hiện|theo dõi|chỉ đạo|rà soát|gửi|báo cáo|căn cứ|đẩy mạnh|tăng cường|nghiên cứu|ban hành|kiểm tra|cân đối|phân bổ|đôn đốc|cập nhật|tiếp tục|bảo đảm|đảm bảo|quản lý|tuyên truyền|vận động|thẩm định|hoàn thiện|chủ động|định kỳ|tổng hợp|trình|lập|phát động|xem xét|giám sát|hỗ trợ|cung cấp|(?<!Cổng\\s+)thông tin|phổ biến|nâng cao|khẩn trương|sớm|ưu tiên|cử|dành|bổ sung|kịp thời|thường xuyên|tiến hành|xác định|phát hiện|sau khi";

    [GeneratedRegex(@"^(?<a>.+?)(?=\s*[:(]|\s+(?:" + Verbs + @")\b)")]
    private static partial Regex AgencyThenVerb();

    [GeneratedRegex(@"\s(?=(?:Sau\s+khi|Trước\s+khi|Trong\s+(?:thời|quá|năm)|Khi|Theo\s+(?:quy|đề)|Căn\s+cứ|Đối\s+với)\s)")]
    private static partial Regex SentenceInCell();

    [GeneratedRegex(@"(?:^|[\s:;,.])[Gg]iao\s+(?=\S)")]
    private static partial Regex Assign();

    [GeneratedRegex(@"phối\s+hợp(?:\s+chặt\s+chẽ)?\s+(?<with>với\s+)?(?<list>[^;:.()]+?)(?=\s+(?:để|trong|" + Verbs + @")\b|[;:.()]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Cooperation();
}
