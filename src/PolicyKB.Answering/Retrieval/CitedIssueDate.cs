using System.Text.RegularExpressions;
using PolicyKB.Citations;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Retrieval;

/// <summary>
/// The issue date of a cited document, when that is what is asked (issue #11). A sentence citing a document gives its
/// date after its number ("tại Thông báo số 4387/TB-VPQH ngày 14 tháng 11 năm 2025"); such a date dates the cited
/// document, not what the sentence is about, and is no answer to "khi nào" (<see cref="TypedSpans.WithoutCitedDates"/>).
/// But "Thông báo đó ra ngày nào?" or "NQ 66-NQ/TW ban hành ngày nào?" asks exactly that date: when the question asks
/// when a document was issued and the sentence cites a document of the kind or number asked, the cited date answers.
/// Read from the question's asking words and the citation's shape, never from a document's wording.
/// </summary>
public static partial class CitedIssueDate
{
    /// <summary>
    /// True when <paramref name="question"/> asks when a document was issued and <paramref name="sentence"/> cites, with
    /// its date, a document of the kind the question names ("thông báo") or of the number it names ("66-NQ/TW").
    /// </summary>
    public static bool Stated(string question, string sentence)
    {
        var q = " " + Punctuation().Replace(VietnameseNormalizer.Fold(question), " ") + " ";
        if (!When().IsMatch(q) || !Issued().IsMatch(q)) return false;
        var kinds = Kind().Matches(q).Select(m => m.Groups["k"].Value).ToHashSet(StringComparer.Ordinal);
        var numbers = Number().Matches(question).Select(m => Normalized(m.Value)).ToHashSet(StringComparer.Ordinal);
        if (kinds.Count + numbers.Count == 0) return false;
        foreach (Match cited in TypedSpans.CitedDate().Matches(sentence))
        {
            if (numbers.Contains(Normalized(cited.Groups["n"].Value))) return true;
            var before = VietnameseNormalizer.Fold(sentence[Math.Max(0, cited.Index - 30)..cited.Index]);
            if (KindBefore().Match(before) is { Success: true } kind && kinds.Contains(kind.Groups["k"].Value)) return true;
            // "văn bản số 84/BC-UBND": the number's type code names the kind (BC a báo cáo, TTr a tờ trình).
            if (DocumentNumber.TypeFromNumber(cited.Groups["n"].Value) is { } coded && kinds.Contains(VietnameseNormalizer.Fold(coded))) return true;
        }
        return false;
    }

    private static string Normalized(string number) => Regex.Replace(VietnameseNormalizer.Fold(number).ToUpperInvariant(), @"\s+", "");

    [GeneratedRegex(@"[^\p{L}\d/\- ]+")]
    private static partial Regex Punctuation();

    /// <summary>"ngày nào", "khi nào", "bao giờ", "thời điểm nào" (folded).</summary>
    [GeneratedRegex(@" (?:ngay|khi|luc|thoi diem|thang|nam) nao | bao gio ")]
    private static partial Regex When();

    /// <summary>Words asking the issue: "ban hành", "ra", "ký", "thông qua", "gửi" (a report is dated the day it is sent) (folded).</summary>
    [GeneratedRegex(@" (?:ban hanh|ra|ky|thong qua|gui) ")]
    private static partial Regex Issued();

    /// <summary>A kind of document (folded), named in the question.</summary>
    [GeneratedRegex(@" (?<k>thong bao|chi thi|nghi quyet|quyet dinh|cong van|ke hoach|nghi dinh|thong tu|bao cao|to trinh|cong dien|ket luan|huong dan) ")]
    private static partial Regex Kind();

    /// <summary>A kind of document right before a cited number: "Thông báo số ", "Nghị quyết " (folded).</summary>
    [GeneratedRegex(@"(?<k>thong bao|chi thi|nghi quyet|quyet dinh|cong van|ke hoach|nghi dinh|thong tu|bao cao|to trinh|cong dien|ket luan|huong dan)\s+(?:so\s*)?$")]
    private static partial Regex KindBefore();

    /// <summary>A document number in a question: "66-NQ/TW", "4387/TB-VPQH", "115/2015/NĐ-CP".</summary>
    [GeneratedRegex(@"\d{1,5}[A-Za-z]?(?:/\d{4})?[/\-]\p{Lu}[\p{L}\d\-/]*")]
    private static partial Regex Number();

}
