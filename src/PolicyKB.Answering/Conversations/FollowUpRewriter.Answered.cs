using System.Text.RegularExpressions;
using PolicyKB.Answering.Answers;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// The document the previous answer quoted. A follow-up whose previous question named no document by number
/// ("Đến 2035 Hà Tĩnh phấn đấu … bao nhiêu phần trăm …?" then "đó là những phường nào?") still asks about the document
/// that answer came from: its source lines ("— Nguồn: Kế hoạch 624/KH-UBND của …") name it by number.
/// </summary>
public sealed partial class FollowUpRewriter
{
    /// <summary>
    /// The document every source line of <paramref name="turn"/>'s answer names by number, or null: for a refusal (its
    /// closest clauses are not what was asked about), for an answer without a numbered source, and for one quoting several
    /// documents (which of them the follow-up means is not known).
    /// </summary>
    internal static string? AnsweredDocument(ChatTurn turn)
    {
        var answer = turn.Answer ?? "";
        if (answer.Contains(AnswerResult.NotFound, StringComparison.Ordinal)) return null;
        string? found = null;
        foreach (Match line in SourceLine().Matches(answer))
        {
            if (NamedDocument().Match(line.Groups["name"].Value) is not { Success: true, Index: 0 } named) return null;
            var value = named.Value.Trim();
            if (found is not null && !string.Equals(found, value, StringComparison.OrdinalIgnoreCase)) return null;
            found = value;
        }
        return found;
    }

    /// <summary>
    /// <paramref name="question"/> with the document the previous turn asked or answered about named after it, when the
    /// question names no document, place or year of its own; otherwise as it is.
    /// </summary>
    private static string WithPreviousDocument(string question, IReadOnlyList<string> places, IReadOnlyList<string> years, string previous, ChatTurn last)
    {
        var folded = " " + string.Join(' ', Words().Matches(PolicyKB.Search.Analysis.VietnameseNormalizer.Fold(question)).Select(m => m.Value)) + " ";
        if (places.Count > 0 || years.Count > 0 || NamedDocument().IsMatch(question) || DocumentWord().IsMatch(folded)) return question;
        // After "… làm hết hiệu lực quyết định nào?", "quyết định đó" is the document the answer gave, not the one the
        // question named: neither is carried.
        if (DocumentPointer().IsMatch(folded) && DocumentAsked().IsMatch(Fold(previous))) return question;
        // "quyết định đó" points at a document, which may be one the answer only mentioned (the one it repeals), not the
        // one it quoted: only a document the previous question named is certain.
        var named = NamedDocument().Match(previous) is { Success: true } m ? DocumentName(m)
            : DocumentPointer().IsMatch(folded) ? null : AnsweredDocument(last);
        if (named is null) return question;
        // A short bare follow-up asks about the task or case just answered, under the heading the answer quoted.
        var section = Words().Count(folded) <= MaxBareWords ? AnsweredSection(last, named) : null;
        return question.TrimEnd('?', ' ', '.') + " (theo " + named + (section is null ? "" : ", " + section) + ")?";
    }

    /// <summary>
    /// True when <paramref name="question"/> points back at a document ("chỉ thị đó", "nghị quyết trên", "văn bản này"): in a
    /// conversation, one the previous answer quoted or named.
    /// </summary>
    public static bool PointsAtDocument(string question) => DocumentPointer().IsMatch(Fold(question));

    /// <summary>A document pointed back at, folded: "quyết định đó", "văn bản này", "nghị quyết trên".</summary>
    [GeneratedRegex(@" (?:ke hoach|quyet dinh|chi thi|nghi quyet|nghi dinh|thong tu|ket luan|cong van|cong dien|thong bao|huong dan|van ban) (?:do|nay|ay|tren) ")]
    private static partial Regex DocumentPointer();

    /// <summary>A question asking which document, folded: "quyết định nào", "văn bản nào", "căn cứ nghị định nào".</summary>
    [GeneratedRegex(@" (?:ke hoach|quyet dinh|chi thi|nghi quyet|nghi dinh|thong tu|ket luan|cong van|cong dien|thong bao|huong dan|van ban) nao ")]
    private static partial Regex DocumentAsked();

    /// <summary>The words of <paramref name="text"/> folded, space-delimited at both ends.</summary>
    private static string Fold(string text) =>
        " " + string.Join(' ', Words().Matches(PolicyKB.Search.Analysis.VietnameseNormalizer.Fold(text)).Select(m => m.Value)) + " ";

    /// <summary>A source line of an extractive answer: "— Nguồn: " and the document's display name.</summary>
    [GeneratedRegex(@"(?m)^— Nguồn: (?<name>[^\n]+)")]
    private static partial Regex SourceLine();
}
