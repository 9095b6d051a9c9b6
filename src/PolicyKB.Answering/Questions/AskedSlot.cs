using System.Text.RegularExpressions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Questions;

/// <summary>
/// The slot a question asks to be filled, read from its question words, and whether a quoted sentence fills it. A
/// sentence about the right subject that states a fact of another kind does not answer: "Hà Nội có bao nhiêu dân quân?"
/// needs a number counting dân quân ("1.500 dân quân"), not the allowance per day of one; "trước ngày nào" needs a day,
/// not "định kỳ hằng năm"; "bao nhiêu một tháng" an amount per month; "ai ký" a sentence about signing; "bị phạt bao
/// nhiêu" a sentence about the penalty. Every check is read from the question's own words, none from a document's.
/// </summary>
public static partial class AskedSlot
{
    /// <summary>
    /// What <paramref name="question"/> asks that none of <paramref name="sentences"/> states, in Vietnamese ("số dân
    /// quân"), or null when one of them fills every slot asked. <paramref name="context"/> holds their headings: the
    /// subject of a sentence may be named there ("Mức thu phí" above "1. 950.000 đồng/lần"). Without
    /// <paramref name="counts"/> the noun after "bao nhiêu" is not read as counted. <paramref name="rows"/> are those of
    /// <paramref name="sentences"/> that read a table's row (<see cref="TableRows.Prefix"/>).
    /// </summary>
    public static string? Missing(string question, IReadOnlyList<string> sentences, string context, bool counts = true, IReadOnlySet<string>? rows = null)
    {
        if (sentences.Count == 0) return null;
        string? missing = null;
        foreach (var sentence in sentences)
        {
            missing = MissingIn(question, sentence, context, counts, rows?.Contains(sentence) == true);
            if (missing is null) return null;
        }
        return missing;
    }

    /// <summary>
    /// What <paramref name="question"/> asks that <paramref name="sentence"/> does not state, or null. A
    /// <paramref name="row"/> reading names its cells by their columns, whose titles date no cell: "Công suất – 2021 -
    /// 2030: 3.500" states a capacity, not when anything happens; the date asked must be a cell's own.
    /// </summary>
    public static string? MissingIn(string question, string sentence, string context, bool counts = true, bool row = false)
    {
        var q = " " + Words().Replace(FoldedQuestion.Of(question), " ").Trim() + " ";
        // "bao nhiêu mét khối" is counted by "75.000 m3": the symbol is read as the words.
        var s = VietnameseNormalizer.Fold(UnitSymbols.Spelled(sentence));
        var type = AnswerTypeClassifier.Classify(question);
        // Only a question asking when ("ngày nào", "khi nào"): "còn hiệu lực không" is read as a date question too.
        if (WhenAsked(question, q) && !TypedSpans.HoldsDateAsked(question, row ? TableRows.Cells(sentence) : sentence)) return "ngày hoặc thời hạn được hỏi";
        // "Ai ký …" asks who signed: a sentence that never speaks of signing names someone else (the proposer, the issuer).
        if (Signer().IsMatch(q) && !SigningWord().IsMatch(s)) return "người ký";
        // People are counted as "người" whatever noun the question counts them by ("64 người/xã" for "bao nhiêu cán bộ").
        if (counts && type == AnswerType.Number && CountedUnit(q) is { } unit && !Counts(s, unit) && !(PeopleCounted().IsMatch(q) && Counts(s, "nguoi")))
        {
            return $"số {Typed(question, unit)} được hỏi";
        }
        if (RateAsked().Match(q) is { Success: true } rate && !Per(s, rate.Groups["unit"].Value)) return $"mức tính theo {Typed(question, rate.Groups["unit"].Value)}";
        // "bị phạt bao nhiêu": what befalls the subject is the asked fact's own subject; a sentence (with its headings) that never
        // names it states another number.
        if (Adverse().Match(q) is { Success: true } adverse
            && !Regex.IsMatch(s + " " + VietnameseNormalizer.Fold(context), $@"\b{adverse.Groups["verb"].Value}\b"))
        {
            return $"mức {Typed(question, adverse.Groups["verb"].Value)} được hỏi";
        }
        return null;
    }

    /// <summary>The word of <paramref name="question"/> as typed whose folded form is <paramref name="folded"/> ("dân" for "dan").</summary>
    private static string Typed(string question, string folded) =>
        Regex.Matches(question, @"[\p{L}\d]+").Select(m => m.Value.ToLowerInvariant())
            .FirstOrDefault(w => VietnameseNormalizer.Fold(w) == folded) ?? folded;

    /// <summary>
    /// The noun counted in "bao nhiêu X" / "mấy X" (folded), or null when the word after it is a unit of time, money or
    /// share (other checks read those), a function word, or an identifier is asked ("số mấy").
    /// </summary>
    internal static string? CountedUnit(string foldedQuestion)
    {
        if (foldedQuestion.Contains(" phan tram ", StringComparison.Ordinal) || foldedQuestion.Contains('%', StringComparison.Ordinal)) return null;
        if (IdentifierAsked().IsMatch(foldedQuestion)) return null;
        var m = HowMany().Match(foldedQuestion);
        if (!m.Success) return null;
        // "bao nhiêu đồng/tháng" asks money per month: the word before the slash is the unit.
        var word = m.Groups["word"].Value.Split('/')[0];
        // "bao nhiêu vốn", "bao nhiêu kinh phí": an amount of money is measured in đồng, not counted by its noun
        // ("khoảng 1.500 tỷ đồng" states the vốn asked); the money check (AskedTypeEvidence) reads such a question.
        if (MoneyNoun().IsMatch(foldedQuestion[m.Groups["word"].Index..])) return null;
        return NotCounted.Contains(word) || word.Any(char.IsDigit) ? null : word;
    }

    /// <summary>
    /// True when <paramref name="folded"/> counts <paramref name="unit"/>: a number before it ("1.500 dân quân", "30% số
    /// xã", "05 (năm) ha", "ít nhất một bác sĩ"), a share of its total ("20% tổng số đại biểu", "quá nửa tổng số phiếu",
    /// "hai phần ba tổng số phiếu"), a value after it and a colon ("Số bác sỹ/vạn dân: 11,5 người"), or a
    /// table's unit column naming it ("Đơn vị tính: Kg/người/tháng; …: 15"), or a range or bound after it ("điểm từ 8 đến cận 9").
    /// The item label a sentence starts with ("2. Chứng thư chữ ký số: …") numbers the item, and counts nothing.
    /// </summary>
    private static bool Counts(string folded, string unit)
    {
        var u = Regex.Escape(unit);
        folded = ItemLabel().Replace(folded, "");
        return Regex.IsMatch(folded, $@"(?:\d[\d.,]*|\b(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|ngan|nua)\b)\s*(?:%\s*)?(?:\([^)]{{1,20}}\)\s*)?(?:(?:tong\s+)?so\s+)?{u}\b")
            || Regex.IsMatch(folded, $@"\b{u}\b[^;:|.]{{0,40}}:\s*\d")
            // "điểm từ 8 đến cận 9": the value after the noun, as a range or a bound.
            || Regex.IsMatch(folded, $@"\b{u}\s+(?:tu|tren|duoi|toi thieu|toi da|dat)\s+\d")
            || Regex.IsMatch(folded, $@"(?:don vi tinh|dvt)[^;|]{{0,30}}\b{u}\b");
    }

    /// <summary>
    /// True when <paramref name="folded"/> states a quantity per <paramref name="unit"/> ("đồng/tháng", "mỗi tháng", "hằng
    /// năm", "trực 10/24 giờ trong ngày"; not "trong năm 2025", a period).
    /// </summary>
    private static bool Per(string folded, string unit) =>
        Relevance.HasQuantity(folded) && (Regex.IsMatch(folded, $@"(?:/\s*|\bmoi\s+|\bhang\s+|\bmot\s+|\b01\s+){unit}\b")
            || Regex.IsMatch(folded, $@"\btrong\s+(?:mot\s+|01\s+)?{unit}\b(?!\s*\d)")
            // A table's column head names the period of its amounts: "Mức thu (năm): 50 triệu đồng".
            || Regex.IsMatch(folded, $@"\(\s*{unit}\s*\)"));

    /// <summary>Words after "bao nhiêu" that are no counted noun: units of time, money and share, and function words.</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.Ordinal)
    {
        "ngay", "thang", "nam", "tuan", "gio", "quy", "phut", "tien", "dong", "phan", "lan", "la", "mot", "moi", "hang", "theo", "cua",
        "cho", "trong", "tai", "voi", "de", "thi", "va", "hay", "hoac", "nua", "vay", "the", "nao", "gi", "khong", "roi", "duoc", "bi",
        "tu", "den", "so", "muc", "con", "o", "tren", "duoi", "tro", "len", "xuong",
    };

    /// <summary>
    /// True when <paramref name="question"/> (folded <paramref name="q"/>) asks when. Not "chậm nhất mấy ngày sau …",
    /// which counts days after an event (a span, not a date); nor "chủ lực nào", which folds to "luc nao" but is typed
    /// with another tone than "lúc nào".
    /// </summary>
    private static bool WhenAsked(string question, string q)
    {
        var when = When().Match(q);
        if (!when.Success || TimeCounted().IsMatch(q)) return false;
        // The fold drops tones: a question typed with them asks "lúc nào" only when it writes it.
        return when.Value != " luc nao " || When().Matches(q).Count > 1 || question.All(c => c < 0x80)
            || question.Contains("lúc nào", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An item's label at the start of a sentence: "2.", "1.3.", "a)", "2)".</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.|[\d\p{L}]{1,3}\))\s+")]
    private static partial Regex ItemLabel();

    /// <summary>"bao nhiêu cán bộ", "mấy giáo viên": a count of people, by the noun of their role.</summary>
    [GeneratedRegex(@" (?:bao nhieu|may) (?:can bo|cong chuc|vien chuc|giao vien|giang vien|hoc sinh|hoc vien|sinh vien|bac si|bac sy|lao dong|nguoi lao dong|cong nhan|dai bieu|thanh vien|nhan vien|chien si|dan quan|y si|dieu duong) ")]
    private static partial Regex PeopleCounted();

    /// <summary>Question words asking when: "ngày nào", "khi nào", "trước ngày", "chậm nhất".</summary>
    [GeneratedRegex(@" (?:ngay|nam|thang|khi|luc|thoi diem) nao | bao gio | truoc ngay | cham nhat ")]
    private static partial Regex When();

    /// <summary>"mấy ngày", "bao nhiêu tháng": a count of a unit of time is asked, not a date.</summary>
    [GeneratedRegex(@" (?:may|bao nhieu) (?:ngay|thang|nam|tuan|gio) ")]
    private static partial Regex TimeCounted();

    [GeneratedRegex(@"[^\p{L}\d%/ ]+")]
    private static partial Regex Words();

    [GeneratedRegex(@" (?:bao nhieu|may) (?<word>\S+) ")]
    private static partial Regex HowMany();

    /// <summary>A noun of money at the start: "vốn", "kinh phí", "chi phí", "ngân sách".</summary>
    [GeneratedRegex(@"^(?:von|kinh phi|chi phi|ngan sach)\b")]
    private static partial Regex MoneyNoun();

    [GeneratedRegex(@" so (?:may|bao nhieu) | thu may ")]
    private static partial Regex IdentifierAsked();

    /// <summary>"ai ký", "ai đã ký", "người ký", "do ai ký".</summary>
    [GeneratedRegex(@" ai (?:da )?ky | nguoi ky ")]
    private static partial Regex Signer();

    [GeneratedRegex(@"\bky\b")]
    private static partial Regex SigningWord();

    /// <summary>"bao nhiêu (tiền) một tháng", "bao nhiêu phần trăm mỗi năm": an amount per a unit of time.</summary>
    [GeneratedRegex(@" (?:bao nhieu|may)(?: \S+){0,3}? (?:mot|moi|1|hang) (?<unit>ngay|thang|nam|tuan|gio|quy) ")]
    private static partial Regex RateAsked();

    /// <summary>"bị phạt bao nhiêu", "bị trừ mấy": the adverse verb after "bị" in a question of a number.</summary>
    [GeneratedRegex(@" bi (?:xu )?(?<verb>\S+) (?:\S+ ){0,3}?(?:bao nhieu|may) ")]
    private static partial Regex Adverse();
}
