using System.Text.RegularExpressions;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// Whether a quoted sentence holds an answer of the TYPE the question asks (issue #11, calibrated answerability). A
/// sentence about the right subject that holds no value of the asked kind answers nothing: "Kinh phí … là bao nhiêu?"
/// needs an amount of money, "doanh nghiệp nào" an enterprise's name, "Ai là Bí thư …?" or "Ai ký …?" a person's name,
/// "tỷ lệ … bao nhiêu" a number, "tỉnh nào" a place's name, "ở đâu" a place or body, "mấy giờ" a time of day, "hạn
/// chót" a date set as a limit, "lớn nhất" a superlative or bound the document wrote. Each recogniser reads the kind of
/// value, never a document's wording, so it holds on documents nobody has seen.
/// </summary>
public static partial class AskedTypeEvidence
{
    /// <summary>
    /// What kind of value <paramref name="question"/> asks that <paramref name="sentence"/> does not hold, in Vietnamese
    /// ("số tiền được hỏi"), or null. <paramref name="context"/> holds the sentence's headings (a table's "Đơn vị: triệu
    /// đồng" names the unit of a bare number); <paramref name="places"/> the folded place names known to the store.
    /// </summary>
    public static string? Missing(string question, string sentence, string context, IEnumerable<string> places)
    {
        var q = FoldedQuestion.Spaced(question);
        var s = VietnameseNormalizer.Fold(UnitSymbols.Spelled(sentence));
        // The sentence with its folded headings, for the values a heading may carry ("Thời hạn hoàn thành", "Tỷ lệ (%)"):
        // folded once, and only when a check reads it.
        string? withHeadings = null;
        string WithHeadings() => withHeadings ??= $"{s} {VietnameseNormalizer.Fold(context)}";
        // "Tổng chi phí … không vượt quá bao nhiêu": a cap on an amount is often set as a share ("không vượt quá 30% của …").
        if (MoneyAsked(q) && !MoneyValue.Holds(s, VietnameseNormalizer.Fold(context)) && !(CapAsked().IsMatch(q) && s.Contains('%', StringComparison.Ordinal)))
        {
            return "số tiền được hỏi";
        }
        // "Tổng dự toán … là bao nhiêu": an amount per person or per session ("100.000 đồng/người/buổi") is no total.
        if (MoneyAsked(q) && TotalAsked().IsMatch(q) && MoneyValue.OnlyRates(s)) return "tổng số tiền được hỏi";
        // A name may head the quote's clause ("2. Công ty Điện lực Thanh Hóa:", "Đồng chí Nguyễn Văn A - Chủ tịch").
        var named = $"{sentence}\n{context}";
        if (EnterpriseAsked().IsMatch(q) && !EnterpriseName().IsMatch(named)) return "tên doanh nghiệp được hỏi";
        // "Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh": the post is held by an office, which is the answer.
        if (HolderAsked().IsMatch(q) && !PersonName.Holds(named, places) && !OfficeHolder.Holds(question, sentence)) return "tên người được hỏi";
        // "Ai ký …": a sentence that speaks of signing a contract, or of a body, names no signer.
        if (SignerAsked().IsMatch(q) && !PersonName.Holds(named, places)) return "tên người ký được hỏi";
        // "Tỷ lệ … là bao nhiêu": a table's column head "Tỷ lệ … (%)" names the share and states none; a number of
        // something else ("mô hình chính quyền 02 cấp") states none either. A share is written with "%" or "phần trăm"
        // (a bare number under a column head "(%)", which the context holds) or as a multiple ("gấp 2 lần").
        if (ShareAsked().IsMatch(q) && !(Digit().IsMatch(s) && ShareValue().IsMatch(WithHeadings()))) return "tỷ lệ được hỏi";
        if (PlaceAsked().IsMatch(q) && !NamesPlace(q, named, places)) return "địa danh được hỏi";
        // "lấy tiền ở đâu" asks a source of funds, which names no place (FundingSource).
        var funding = FundingSource.Asked(q);
        if (funding && !FundingSource.Named(s)) return "nguồn kinh phí được hỏi";
        if (!funding && WhereAsked().IsMatch(q) && !NamesVenue(sentence)) return "địa điểm được hỏi";
        // "địa chỉ nào": a place where one can be found, which "có trụ sở" or a body's name does not give.
        if (AddressAsked().IsMatch(q) && !Address().IsMatch(named)) return "địa chỉ được hỏi";
        if (ClockAsked().IsMatch(q) && !ClockTime().IsMatch(s)) return "giờ được hỏi";
        if (WebAddress.Asked(question) && !WebAddress.Written(sentence)) return "địa chỉ trang web được hỏi";
        if (DurationAsked().IsMatch(q) && !DurationValue.Holds(WithHeadings())) return "khoảng thời gian được hỏi";
        // The heading may set the limit ("Thời hạn hoàn thành" above "Ngày 30/11/2025").
        // One reading of "a deadline is asked" with the sentence scorer (DeadlineSentences), so the quote it prefers is
        // the one this check accepts.
        if (DeadlineSentences.Asked(question) && !DeadlineForm().IsMatch(WithHeadings())) return "thời hạn được hỏi";
        if (Superlative().Match(q) is { Success: true } most && !Bound().IsMatch(s)) return $"giá trị {Typed(question, most.Value.Trim())} được hỏi";
        return null;
    }

    /// <summary>
    /// True when the question asks an amount of money: "bao nhiêu" (not a share, "phần trăm") of a word naming money
    /// ("kinh phí", "vốn", "chi phí", "ngân sách", "số tiền", "bao nhiêu tiền"), or a unit of money after "bao nhiêu"
    /// ("bao nhiêu tỷ đồng").
    /// </summary>
    internal static bool MoneyAsked(string q) =>
        (MoneyUnitAsked().IsMatch(q) || (q.Contains(" bao nhieu ", StringComparison.Ordinal) && MoneyWord().IsMatch(q)))
        && !q.Contains(" phan tram ", StringComparison.Ordinal) && !q.Contains('%', StringComparison.Ordinal) && !q.Contains(" ty le ", StringComparison.Ordinal)
        // "vay vốn … chịu lãi suất bao nhiêu": the money word names what the rate is charged on; a rate is asked.
        && !q.Contains(" lai suat ", StringComparison.Ordinal)
        // "chi phí … chuyển sang tối đa bao nhiêu năm": the unit after "bao nhiêu" is what is counted, not money.
        && !OtherUnitCounted().IsMatch(q);

    /// <summary>
    /// True when <paramref name="question"/> asks where ("ở đâu", "tại đâu", "địa điểm nào", "nơi nào"), not where money
    /// comes from (<see cref="FundingSource"/>).
    /// </summary>
    internal static bool WhereIsAsked(string question)
    {
        var q = FoldedQuestion.Spaced(question);
        return WhereAsked().IsMatch(q) && !FundingSource.Asked(q);
    }

    /// <summary>
    /// True when <paramref name="sentence"/> says where: a preposition of place or a receiving body (<see cref="Location"/>),
    /// or a named unit ("xã Tân Yên", "Thôn Hoàng Hoa Thám"), as a list of venues writes each one's address.
    /// </summary>
    internal static bool NamesVenue(string sentence) => Location().IsMatch(sentence) || AdministrativeName().IsMatch(sentence);

    /// <summary>
    /// A unit with its name ("xã Tân Lập"), or a known place; for a country asked ("nước nào"), a name after a word of
    /// origin or direction, as no list of places holds every country.
    /// </summary>
    private static bool NamesPlace(string q, string sentence, IEnumerable<string> places) =>
        AdministrativeName().IsMatch(sentence) || PlaceNames.Find(sentence, places).Count > 0
        || (CountryAsked().IsMatch(q) && LaterCapital().IsMatch(sentence));

    /// <summary>The words of <paramref name="question"/> as typed whose folded form is <paramref name="folded"/>.</summary>
    private static string Typed(string question, string folded)
    {
        var words = folded.Split(' ');
        var typed = Regex.Matches(question, @"\p{L}+").Select(m => m.Value).ToList();
        for (var i = 0; i + words.Length <= typed.Count; i++)
        {
            if (Enumerable.Range(0, words.Length).All(k => VietnameseNormalizer.Fold(typed[i + k]) == words[k]))
            {
                return string.Join(' ', typed.Skip(i).Take(words.Length)).ToLowerInvariant();
            }
        }
        return folded;
    }


    [GeneratedRegex(@" (?:kinh phi|von|chi phi|ngan sach|so tien|bao nhieu tien|tong muc dau tu|gia tri hop dong) ")]
    private static partial Regex MoneyWord();

    [GeneratedRegex(@" (?:bao nhieu|may) (?:ty|ti|trieu|nghin|ngan|dong|usd) ")]
    private static partial Regex MoneyUnitAsked();

    /// <summary>"không vượt quá bao nhiêu", "tối đa bao nhiêu": the cap of an amount is asked.</summary>
    [GeneratedRegex(@" (?:vuot qua|toi da|toi thieu|khong qua|cao nhat|thap nhat) (?:la )?bao nhieu ")]
    private static partial Regex CapAsked();

    /// <summary>"bao nhiêu năm", "mấy lần", "bao nhiêu người": a count of a unit that is no money.</summary>
    [GeneratedRegex(@" (?:bao nhieu|may) (?:nam|thang|ngay|tuan|gio|phut|lan|nguoi|ky|buoc|muc|loai) ")]
    private static partial Regex OtherUnitCounted();

    /// <summary>True when <paramref name="question"/> asks a time of day ("mấy giờ", "vào giờ nào").</summary>
    public static bool AsksClock(string question) => ClockAsked().IsMatch(FoldedQuestion.Spaced(question));

    /// <summary>True when <paramref name="sentence"/> writes a time of day ("trước 09 giờ 00 phút", "17:00").</summary>
    public static bool WritesClock(string sentence) => ClockTime().IsMatch(VietnameseNormalizer.Fold(sentence));

    /// <summary>"mấy giờ", "giờ nào", "từ mấy giờ": a time of day is asked.</summary>
    [GeneratedRegex(@" (?:may|mayx) gio | gio nao | luc may ")]
    private static partial Regex ClockAsked();

    /// <summary>A time of day: "7 giờ 30", "07h30", "17:00", "7g30".</summary>
    [GeneratedRegex(@"\b\d{1,2}\s*(?:gio|h|g)\b|\b\d{1,2}\s*(?:gio|h|g)\s*\d{2}\b|\b\d{1,2}:\d{2}\b")]
    private static partial Regex ClockTime();

    /// <summary>
    /// A date or span set as a limit: "trước ngày", "chậm nhất", "thời hạn", "hoàn thành", "đến hết", "trong tháng", "trong
    /// vòng 30 ngày", "kể từ". A date that only dates a past event or a cited document ("Ngày 22/10/2025, tại Thông báo
    /// số …") sets none.
    /// </summary>
    [GeneratedRegex(@"\b(?:truoc|cham nhat|han|hoan thanh|hoan tat|xong|ket thuc|sau (?:ngay|thoi diem|thoi han)|den (?:ngay|het|truoc|thang|nam)|trong (?:ngay|thang|quy|nam|tuan|thoi gian|vong|\d)|ke tu|tu ngay|toi da|khong qua)\b")]
    private static partial Regex DeadlineForm();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    /// <summary>"tổng dự toán", "tổng kinh phí", "tổng vốn", "tổng số tiền": a total amount is asked.</summary>
    [GeneratedRegex(@" tong (?:du toan|kinh phi|von|muc dau tu|chi phi|ngan sach|so tien|so von|cong) ")]
    private static partial Regex TotalAsked();

    /// <summary>
    /// "bao lâu", "trong bao lâu", "mấy năm", "bao nhiêu ngày": a span of time is asked ("bao lâu một lần" asks how
    /// often; "đạt bao nhiêu năm 2025" asks a value in a year).
    /// </summary>
    [GeneratedRegex(@" bao lau (?!mot lan )| (?:may|bao nhieu) (?:ngay|thang|nam|tuan|gio|phut) (?!\d)")]
    private static partial Regex DurationAsked();

    /// <summary>"doanh nghiệp nào", "công ty nào", "tập đoàn nào", "nhà thầu nào".</summary>
    [GeneratedRegex(@" (?:doanh nghiep|cong ty|tap doan|tong cong ty|nha thau|nha dau tu) nao ")]
    private static partial Regex EnterpriseAsked();

    /// <summary>An enterprise named: "Công ty TNHH …", "Tập đoàn Điện lực …", or a company acronym ("EVN", "PVN", "VNPT").</summary>
    [GeneratedRegex(@"\b(?:[Cc]ông ty|[Tt]ập đoàn|[Tt]ổng [Cc]ông ty|[Nn]gân hàng)\s+(?:\p{Lu}|cổ phần|trách nhiệm)|\b(?:CÔNG TY|TẬP ĐOÀN|NGÂN HÀNG)\s+\p{Lu}|\b(?:Cty|CTCP|TNHH|HTX|Hợp tác xã|Liên danh|Liên doanh|EVN|PVN|TKV|VNPT|Viettel|Vietcombank|VietinBank|BIDV|Agribank|Petrolimex|Vinacomin|\p{Lu}{2,}(?:GAS|POWER|CORP|JSC))\b")]
    private static partial Regex EnterpriseName();

    /// <summary>"Ai là Bí thư …", "ai làm Chủ tịch …", "ai được bổ nhiệm làm Giám đốc …": who holds a position, asked with "ai" first.</summary>
    [GeneratedRegex(@"^ ai (?:la|dang la|hien la|lam|dang lam|giu chuc|duoc bo nhiem(?: lam| giu chuc)?|duoc giao lam) (?:bi thu|chu tich|pho chu tich|giam doc|pho giam doc|bo truong|thu truong|truong ban|pho truong ban|tong giam doc|thu tuong|pho thu tuong|chanh van phong|cuc truong) ")]
    private static partial Regex HolderAsked();

    /// <summary>"ai ký", "ai đã ký", "do ai ký", "người ký … là ai": the signer's name is asked.</summary>
    [GeneratedRegex(@" ai (?:da )?ky | nguoi ky (?:\S+ ){0,12}?la ai ")]
    private static partial Regex SignerAsked();

    /// <summary>"tỷ lệ … bao nhiêu", "bao nhiêu phần trăm", "mấy %": a share is asked, which only a number states.</summary>
    [GeneratedRegex(@" ty le (?:\S+ ){0,12}?(?:bao nhieu|may) | (?:bao nhieu|may) (?:phan tram|%) ")]
    private static partial Regex ShareAsked();

    /// <summary>How a share is written, folded: "30%", "(%)", "30 phần trăm", "gấp 2 lần", "50 ca trên 100.000 dân", "1/3".</summary>
    [GeneratedRegex(@"%|\bphan tram\b|\d\s*lan\b|\btren\s+\d|\d\s*/\s*\d")]
    private static partial Regex ShareValue();

    /// <summary>"tỉnh nào", "thành phố nào", "xã nào", "quốc gia nào": the name of a place is asked.</summary>
    [GeneratedRegex(@" (?:tinh|thanh pho|huyen|xa|phuong|dia phuong|quoc gia|nuoc) nao ")]
    private static partial Regex PlaceAsked();

    /// <summary>"quốc gia nào", "nước nào": a country is asked.</summary>
    [GeneratedRegex(@" (?:quoc gia|nuoc) nao ")]
    private static partial Regex CountryAsked();

    /// <summary>
    /// A name after a word of origin or direction, not a body's: "nhập từ Qatar", "với Nhật Bản", "sang Lào" (not "của Hội
    /// đồng", "với Bộ Công Thương").
    /// </summary>
    [GeneratedRegex(@"\b(?:từ|với|sang|tại|ở|đến|của)\s+(?!(?:Bộ|Sở|Ủy|Uỷ|Ban|Cục|Tổng|Văn|Tỉnh|Thành|Hội|Đảng|Chính|Nhà|Ngân|Công|Tập|Trung|Viện|Trường|Học|Hợp|Liên|Mặt|Đoàn|Kho|Chi|Phòng|Vụ|Thanh|Kiểm|Thường|Nhân|Quỹ|Dự|Chủ|Phó|Giám|Cảng|Sân|Khu)\b)\p{Lu}\p{Ll}+")]
    private static partial Regex LaterCapital();

    /// <summary>An administrative unit with its name: "tỉnh Thanh Hóa", "Thành phố Huế", "xã Tân Lập".</summary>
    [GeneratedRegex(@"\b(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị xã|[Tt]hị trấn|[Đđ]ặc khu|[Tt]hôn|[Ấấ]p|[Kk]hu phố)\s+\p{Lu}")]
    private static partial Regex AdministrativeName();

    /// <summary>"ở đâu", "tại đâu", "địa điểm nào", "nơi nào": a place, venue or body is asked.</summary>
    [GeneratedRegex(@" (?:o|tai) dau | dia diem (?:nao|o dau|la gi) | noi nao ")]
    private static partial Regex WhereAsked();

    /// <summary>
    /// Where something happens or goes: a preposition of place or direction before a word ("tại Hà Nội", "trên Cổng thông
    /// tin", "về Sở Tài chính", "gửi Bộ"), or a body that receives or hosts ("Sở", "Ủy ban", "Trung tâm").
    /// </summary>
    [GeneratedRegex(@"(?i)\b(?:tại|ở|trên|về|đến|tới|qua|vào|gửi|đăng)\s+\p{L}|\b(?:Sở|Bộ|Ủy ban|Uỷ ban|UBND|Cục|Chi cục|Trung tâm|Văn phòng|Kho bạc|Bộ phận)\b")]
    private static partial Regex Location();

    /// <summary>"địa chỉ nào", "địa chỉ ở đâu", "địa chỉ là gì": an address is asked.</summary>
    [GeneratedRegex(@" dia chi (?:nao|o dau|tai dau|la gi|cu the) ")]
    private static partial Regex AddressAsked();

    /// <summary>
    /// An address: a house number before a street ("số 12 Lê Lợi", "số 5, đường Trần Phú"), a named street, ward,
    /// commune, hamlet, district or town ("phường Đông Hà", "thôn Tân Lập"), or a kilometre mark ("Km 12").
    /// </summary>
    [GeneratedRegex(@"\b[Ss]ố\s+\d+[A-Za-z]?(?:/\d+)?,?\s+(?:[Đđ]ường\s+)?\p{Lu}|\b(?:[Đđ]ường|[Pp]hố|[Pp]hường|[Xx]ã|[Tt]hôn|[Ấấ]p|[Tt]ổ dân phố|[Kk]hu phố|[Qq]uận|[Hh]uyện|[Tt]hị trấn|[Tt]hị xã)\s+\p{Lu}|\b[Kk]m\s*\d")]
    private static partial Regex Address();

    /// <summary>"lớn nhất", "cao nhất", "nhiều nhất", "thấp nhất", "sớm nhất", "tối đa", "tối thiểu": an extreme or a bound is asked.</summary>
    [GeneratedRegex(@" (?:lon|cao|nhieu|nho|thap|dai|ngan|som|muon|manh) nhat | toi (?:da|thieu) ")]
    private static partial Regex Superlative();

    /// <summary>A superlative or a bound written by the document: "nhất", "tối đa", "tối thiểu", "không quá", "đầu tiên".</summary>
    [GeneratedRegex(@"\b(?:nhat|toi da|toi thieu|khong qua|khong vuot qua|khong duoi|tro len|dau tien)\b")]
    private static partial Regex Bound();
}
