using System.Text.RegularExpressions;
using PolicyKB.Answering.Text;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// The subject swap of a follow-up that names a new subject and no ask of its own ("còn quyết định về máy móc trong
/// trường học?", "còn tỷ lệ lao động nữ làm công ăn lương?"): the previous question keeps its ask and loses only the
/// subject of the same kind.
/// </summary>
public sealed partial class FollowUpRewriter
{
    /// <summary>
    /// The previous question with the follow-up's subject in place of its own, or null when no subject of the same kind
    /// is found. Same kind means the same head word ("quyết định …" for "Quyết định 08/2021 …", "người …" for "người lao
    /// động …"), replaced up to the predicate; or, after "bao nhiêu phần trăm / tiền / giờ …", the thing measured.
    /// </summary>
    private static string? SwapSubject(string question, string previous)
    {
        var subject = Subject(question);
        var words = SyllableKeys.Tokens(subject).ToList();
        if (words.Count < 2) return null;
        // Accents are compared when the follow-up was typed with them: "trạm" is not the "trăm" of "phần trăm".
        var fold = words.All(w => SyllableKeys.Key(w.Value, fold: true) == SyllableKeys.Key(w.Value));
        var head = SyllableKeys.Key(words[0].Value, fold);
        if (!StopWords.Contains(head, fold))
        {
            foreach (var token in SyllableKeys.Tokens(previous))
            {
                if (SyllableKeys.Key(token.Value, fold) != head) continue;
                var span = SubjectSpan().Match(previous[token.Index..]);
                if (!span.Success || span.Length <= token.Length) break;
                return previous[..token.Index] + subject + previous[(token.Index + span.Length)..];
            }
        }
        var measured = Measured().Match(previous);
        return measured.Success
            ? previous[..measured.Groups["thing"].Index] + subject + previous[(measured.Groups["thing"].Index + measured.Groups["thing"].Length)..]
            : null;
    }

    /// <summary>The follow-up's subject: without its lead-in "còn", its "thì sao" and its question mark.</summary>
    private static string Subject(string question)
    {
        var stripped = LeadIn().Replace(question, "", 1);
        return AskMark().Replace(stripped, "").Trim(' ', ',');
    }

    /// <summary>The trailing follow-up mark of a bare subject: "thì sao?", "thế nào?", "ra sao?", "?" (accented or not).</summary>
    [GeneratedRegex(@"(?i)\s*(?:(?:thì|thi)\s+sao|(?:thế|the)\s+(?:nào|nao)|ra\s+sao)?\s*[?.!]*\s*$")]
    private static partial Regex AskMark();

    /// <summary>A subject up to its predicate: the first verb of the ask ("được", "có", "hết", "là" …) or a clause break.</summary>
    [GeneratedRegex(@"^[^,?;:]*?(?=\s+(?:được|có|phải|là|hết|do|thì|bị|sẽ|đã|cần|chịu|đặt)(?!\p{L})|\s*[,?;:]|\s*$)")]
    private static partial Regex SubjectSpan();

    /// <summary>The thing measured after "bao nhiêu phần trăm / tiền / đồng / giờ / ngày / lần", up to a time or place phrase.</summary>
    [GeneratedRegex(@"(?:bao nhiêu|mấy)\s+(?:phần trăm|%|tiền|đồng|giờ|ngày|lần)\s+(?<thing>[^?;:]+?)(?=\s+(?:vào|trong|tại|ở|đến|từ|năm)(?!\p{L})|\s*[?;:]|\s*$)")]
    private static partial Regex Measured();
}
