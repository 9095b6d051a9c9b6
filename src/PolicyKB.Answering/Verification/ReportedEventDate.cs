using System.Text.RegularExpressions;
using PolicyKB.Answering.Questions;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// The date of a reported meeting is no date of what the meeting spoke about (issue #11, calibrated answerability). A
/// notice opens with the event it reports: "Ngày 18 tháng 11 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng … chủ trì
/// cuộc họp về Báo cáo đề xuất chủ trương đầu tư …". Asked "Quốc hội thông qua chủ trương đầu tư … vào ngày nào?", that
/// date answers nothing: it dates the meeting, not the decision. Only a question about the event itself — one naming a
/// meeting, conference, working session, ceremony or visit — is answered by it. Read from the shape of the sentence and
/// the kind of event asked, never from a document's wording.
/// </summary>
public static partial class ReportedEventDate
{
    /// <summary>
    /// True when <paramref name="question"/> asks a date, <paramref name="sentence"/> opens with the date and place of a
    /// reported event, and the question names no event of that kind.
    /// </summary>
    public static bool AnswersNothing(string question, string sentence)
    {
        var q = " " + Punctuation().Replace(FoldedQuestion.Of(question), " ").Trim() + " ";
        if (!DateAsked().IsMatch(q) || !Opener().IsMatch(sentence)) return false;
        // The report may cite, with its date, the document whose issue date is asked ("… tại Nghị quyết số 66-NQ/TW ngày 30/4/2025").
        if (Retrieval.CitedIssueDate.Stated(question, sentence)) return false;
        // Typed with tones, "hợp nhất" is no "họp"; typed without, the folded words are read, erring toward answering.
        return question.All(c => c < 0x80) ? !EventFolded().IsMatch(q) : !EventTyped().IsMatch(question);
    }

    [GeneratedRegex(@"[^\p{L}\d ]+")]
    private static partial Regex Punctuation();

    /// <summary>"ngày nào", "khi nào", "bao giờ", "thời điểm nào".</summary>
    [GeneratedRegex(@" (?:ngay|khi|thoi diem|thoi gian) nao | bao gio ")]
    private static partial Regex DateAsked();

    /// <summary>A sentence opening with a date, then the place: "Ngày 18 tháng 11 năm 2025, tại …", "Ngày 18/11/2025, tại …".</summary>
    [GeneratedRegex(@"^\s*(?:\p{P}\s*)?(?:[Vv]ào\s+)?[Nn]gày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})\s*,\s*(?:[Tt]ại|[Ởở])\s")]
    private static partial Regex Opener();

    /// <summary>A kind of reported event: a meeting, conference, seminar, working session, ceremony, visit or inspection.</summary>
    [GeneratedRegex(@"(?i)(?<!\p{L})(?:họp|hội nghị|hội thảo|tọa đàm|toạ đàm|diễn đàn|làm việc|buổi|phiên|lễ|kỷ niệm|thăm|kiểm tra|khảo sát|tiếp|đối thoại|gặp mặt|chủ trì)(?!\p{L})")]
    private static partial Regex EventTyped();

    /// <summary>The same kinds folded, for a question typed without tones.</summary>
    [GeneratedRegex(@" (?:hop|hoi nghi|hoi thao|toa dam|dien dan|lam viec|buoi|phien|le|ky niem|tham|kiem tra|khao sat|tiep|doi thoai|gap mat|chu tri) ")]
    private static partial Regex EventFolded();
}
