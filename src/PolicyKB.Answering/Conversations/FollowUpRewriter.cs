using System.Text.RegularExpressions;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Text;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// Rewrites an elliptical follow-up ("còn Hà Tĩnh thì sao?", "năm 2024 thì sao?", "còn giường bệnh?") into a full
/// question by taking the previous question and swapping in what the follow-up changes: its place, its year, or the
/// thing counted after "bao nhiêu". A question that stands on its own is left as it is.
/// </summary>
public sealed partial class FollowUpRewriter
{
    /// <summary>The question to search for <paramref name="question"/> given the earlier turns.</summary>
    /// <remarks>
    /// Missing turns and turns without a question are skipped: the rewriter runs on whatever history a caller hands
    /// over, and a malformed turn must cost the follow-up its context, not the whole answer.
    /// </remarks>
    public string Rewrite(string question, IReadOnlyList<ChatTurn> history, KnowledgeSnapshot knowledge)
    {
        question = TextSanitizer.Clean(question);
        var last = LastAsked(history);
        if (last is null || string.IsNullOrWhiteSpace(question)) return question;
        var folded = " " + string.Join(' ', Words().Matches(VietnameseNormalizer.Fold(question)).Select(m => m.Value)) + " ";
        var places = PlaceNames.Find(question, knowledge.PlaceKeys).Select(p => p.Key).ToList();
        var years = KnowledgeSnapshot.Year().Matches(question).Select(m => m.Value).ToList();
        var rest = Rest(question, places);
        var marked = FollowUpMark().IsMatch(folded);
        var previous = string.IsNullOrWhiteSpace(last.ResolvedQuestion) ? last.Question : last.ResolvedQuestion;
        if (!marked && !(rest.Count <= 1 && (places.Count > 0 || years.Count > 0))) return CarryDocument(question, folded, places, years, previous, last);
        // "còn X thì ai lo?" names its own subject and its own ask: only the lead-in is elliptic. Splicing its words
        // into the previous question would mix two asks, so it is asked as it stands (OwnAsk).
        if (rest.Count >= MinOwnSubjectWords && OwnAsk().IsMatch(folded)) return OwnAsked(question, places, years, previous, last);

        var rewritten = previous;
        if (places.Count > 0)
        {
            var old = PlaceNames.Find(previous, knowledge.PlaceKeys).Select(p => p.Key).ToList();
            var surface = PlaceSpan.Surface(question, places[0]) ?? places[0];
            // A document named by its number belongs to the old place: the new place replaces it, not joins it
            // ("Kế hoạch 36/KH-SYT … ?" then "còn Hà Tĩnh thì sao?" asks about Hà Tĩnh's plans, not plan 36).
            rewritten = NamedDocument().Replace(rewritten, m => TypeWord(m));
            rewritten = old.Count > 0 ? PlaceSpan.Replace(rewritten, old[0], surface) : rewritten.TrimEnd('?', ' ') + " của " + surface + "?";
        }
        if (years.Count > 0)
        {
            rewritten = KnowledgeSnapshot.Year().IsMatch(rewritten)
                ? KnowledgeSnapshot.Year().Replace(rewritten, years[0], 1)
                : rewritten.TrimEnd('?', ' ') + " năm " + years[0] + "?";
        }
        if (places.Count == 0 && years.Count == 0 && SwapLevel(question, rewritten) is { } levelled) return levelled;
        if (places.Count == 0 && years.Count == 0 && SwapNamedLevel(question, rewritten) is { } named) return named;
        if (places.Count == 0 && years.Count == 0 && Swap(question, rewritten) is { } swapped) return swapped;
        if (places.Count == 0 && years.Count == 0 && SwapLabel(question, rewritten) is { } labelled) return labelled;
        if (places.Count == 0 && years.Count == 0 && SwapSubject(question, rewritten) is { } subjectSwapped) return KeepPlace(subjectSwapped, rewritten, knowledge);
        if (places.Count == 0 && years.Count == 0 && Negate(question, rewritten) is { } negated) return negated;
        if (places.Count == 0 && years.Count == 0 && rest.Count > 0)
        {
            var subject = string.Join(' ', rest);
            var howMany = HowMany().Match(rewritten);
            rewritten = howMany.Success
                ? rewritten[..howMany.Groups["unit"].Index] + subject + rewritten[(howMany.Groups["unit"].Index + howMany.Groups["unit"].Length)..]
                : rewritten.TrimEnd('?', ' ') + " " + subject + "?";
        }
        return rewritten;
    }

    /// <summary>
    /// A follow-up that points back ("các khoản phí đó", "sau đó", "văn bản này"), goes on with "thế"/"vậy"/"rồi" or is a
    /// bare question ("thời gian thực hiện khi nào?") and names no document, place or year of its own asks about the document the previous question
    /// named by number, or failing that the one the previous answer quoted: that document is named after it. Any other
    /// question is left as it is.
    /// </summary>
    private static string CarryDocument(string question, string folded, IReadOnlyList<string> places, IReadOnlyList<string> years, string previous, ChatTurn last)
    {
        if (!Continues().IsMatch(question) && !PointsBack().IsMatch(question) && !folded.Contains(" sau do ", StringComparison.Ordinal) && Words().Count(folded) > BareWordLimit(previous)) return question;
        return WithPreviousDocument(question, places, years, previous, last);
    }

    /// <summary>
    /// A follow-up with its own subject and ask, without its lead-in, of the document the previous question named by
    /// number when it opens with "còn" or points back ("khu đó …") and names no document, place or year of its own
    /// ("Công điện 232/CĐ-TTg tiếp theo công điện nào?" then "còn nghị quyết nào của Chính phủ?" asks what that dispatch
    /// follows, not every resolution); failing a number, when it points back ("khu đó xử lý thế nào?"), the one document
    /// the previous answer quoted: what "đó" points at was in that answer.
    /// </summary>
    private static string OwnAsked(string question, IReadOnlyList<string> places, IReadOnlyList<string> years, string previous, ChatTurn last)
    {
        var stripped = WithoutLeadIn(question);
        var folded = " " + string.Join(' ', Words().Matches(VietnameseNormalizer.Fold(stripped)).Select(m => m.Value)) + " ";
        // Only "còn …" or a pointer back continues the conversation's document; another question may have left it.
        if ((!LeadIn().IsMatch(question) && !PointsBack().IsMatch(question)) || places.Count > 0 || years.Count > 0 || NamedDocument().IsMatch(stripped) || DocumentWord().IsMatch(folded)) return stripped;
        // Only a pointer back ("khu đó") names the quoted document's subject; after "còn" the new subject may be stated in
        // another document (carrying it there lost four tuning follow-ups in session 26, three in session 17).
        var named = NamedDocument().Match(previous) is { Success: true } m ? DocumentName(m) : PointsBack().IsMatch(question) ? AnsweredDocument(last) : null;
        return named is null ? stripped : stripped.TrimEnd('?', ' ', '.') + " (theo " + named + ")?";
    }

    /// <summary>
    /// A follow-up opening with "thế", "vậy" or "rồi" ("thế báo cáo kết quả hằng năm thì hạn chót là ngày nào?", "rồi Sở
    /// KH&amp;CN phải báo cáo lên tỉnh trước ngày nào?"): it goes on with the conversation's subject however long its own ask.
    /// </summary>
    [GeneratedRegex(@"^\s*(?i:thế|vậy|rồi|the|vay|roi)(?!\p{L})(?!\s+(?i:nào|nao|là|la)(?!\p{L}))")]
    private static partial Regex Continues();

    /// <summary>Fewest subject words of a follow-up that stands on its own once its lead-in "còn" is dropped.</summary>
    private const int MinOwnSubjectWords = 3;

    /// <summary>The follow-up without its lead-in ("còn", "thế còn", "vậy còn"), capitalised as a question.</summary>
    private static string WithoutLeadIn(string question)
    {
        var stripped = LeadIn().Replace(question, "", 1).TrimStart(' ', ',');
        return stripped.Length == 0 || stripped.Length == question.Length ? question : char.ToUpper(stripped[0], System.Globalization.CultureInfo.InvariantCulture) + stripped[1..];
    }

    /// <summary>
    /// True when <paramref name="question"/> opens with "còn" ("còn giám đốc thì sao?", "thế còn …"): it asks about another
    /// subject than the previous answer, so that answer's quote is no answer to it.
    /// </summary>
    public static bool OpensWithLeadIn(string question) => LeadIn().IsMatch(question);

    /// <summary>A lead-in word that marks a follow-up, accented or not.</summary>
    [GeneratedRegex(@"^\s*(?i:(?:thế|the|vậy|vay)\s+)?(?i:còn|con)\s+")]
    private static partial Regex LeadIn();

    /// <summary>
    /// A question word of the follow-up's own, folded: who, which, how much, when, what ("thì sao" after a bare subject is
    /// the follow-up mark, not an ask; "chi sao" is).
    /// </summary>
    [GeneratedRegex(@" (?:ai|nao|bao nhieu|bao gio|bao lau|gi) |(?<! thi| ra) sao ")]
    private static partial Regex OwnAsk();

    /// <summary>Most words of a bare follow-up that names nothing ("thời gian thực hiện khi nào").</summary>
    private const int MaxBareWords = 6;

    /// <summary>Words pointing back at what was just asked, as typed: "… đó", "… này", "… trên", "… ấy" ("sau đó" is also read unaccented).</summary>
    [GeneratedRegex(@"(?i)(?<!\p{L})(?:đó|này|trên|ấy)(?!\p{L})")]
    private static partial Regex PointsBack();

    /// <summary>A document type word the follow-up names itself, folded ("nghị quyết 81", "thông tư nào" is not one: "nào" asks).</summary>
    [GeneratedRegex(@" (?:ke hoach|quyet dinh|chi thi|nghi quyet|nghi dinh|thong tu|ket luan|cong van|cong dien|to trinh|thong bao|huong dan) (?:so )?\d")]
    private static partial Regex DocumentWord();

    /// <summary>
    /// The previous question with the follow-up's period ("còn trong một năm?" after "… trong một tháng …") or agency
    /// ("còn Công an tỉnh thì sao?" after "Sở Tài chính có nhiệm vụ gì?") in place of its own; null when the follow-up
    /// names neither or the previous question has none of the same kind to replace.
    /// </summary>
    private static string? Swap(string question, string previous)
    {
        foreach (var pattern in new[] { Period(), AgencyAsked() })
        {
            var now = pattern.Match(question);
            var before = pattern.Match(previous);
            if (!now.Success || !before.Success) continue;
            var phrase = now.Value.Trim();
            if (string.Equals(phrase, before.Value.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            var start = before.Index;
            // "còn Chủ tịch UBND cấp xã?" after "Giám đốc Sở Tài chính được phạt …": the position goes with its body.
            if (Position().Match(question[..now.Index]) is { Success: true } heldNow && Position().Match(previous[..before.Index]) is { Success: true } heldBefore)
            {
                phrase = heldNow.Value.Trim() + " " + phrase;
                start = heldBefore.Index;
            }
            return previous[..start] + phrase + previous[(before.Index + before.Value.TrimEnd().Length)..];
        }
        return null;
    }

    /// <summary>A position held in a body, just before the body's name: "Chủ tịch ", "Phó Giám đốc ", "Bộ trưởng ".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:(?:Phó|phó)\s+)?(?:[Cc]hủ tịch|[Gg]iám đốc|[Bb]ộ trưởng|[Tt]hủ trưởng|[Tt]rưởng ban|[Cc]ục trưởng|[Cc]hi cục trưởng|[Cc]hánh văn phòng|[Tt]hủ tướng)\s+$")]
    private static partial Regex Position();

    /// <summary>The latest turn that has a question, or null.</summary>
    private static ChatTurn? LastAsked(IReadOnlyList<ChatTurn?>? history)
    {
        for (var i = (history?.Count ?? 0) - 1; i >= 0; i--)
        {
            if (history![i] is { } turn && !string.IsNullOrWhiteSpace(turn.Question)) return turn;
        }
        return null;
    }

    /// <summary>Subject words of the follow-up: not a follow-up marker, question word, place or year.</summary>
    /// <remarks>
    /// A word typed with its marks is compared with its marks: "Tài" of "Bộ Tài chính", "chí" of "tạp chí" and "tái" of
    /// "tái định cư" fold to the stop words "tại" and "chị" but are subject words. Only a word typed without marks
    /// ("con tien thue xe …") is compared folded.
    /// </remarks>
    private static List<string> Rest(string question, IReadOnlyList<string> places)
    {
        var placeWords = places.SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        return SyllableKeys.Tokens(question).Select(t => t.Value)
            .Where(w => !placeWords.Contains(SyllableKeys.Key(w, fold: true)) && !KnowledgeSnapshot.Year().IsMatch(w))
            .Where(w => !IsStopWord(w))
            .ToList();
    }

    /// <summary>True for a question or function word, compared folded only when typed without marks.</summary>
    private static bool IsStopWord(string word)
    {
        var key = SyllableKeys.Key(word);
        var folded = SyllableKeys.Key(word, fold: true);
        return StopWords.Contains(key, folded: false) || (key == folded && StopWords.Contains(folded, folded: true));
    }

    [GeneratedRegex(@"^ (?:con|the con|vay con|va|con voi|con o|con doi voi) | thi sao | the nao | ra sao ")]
    private static partial Regex FollowUpMark();

    [GeneratedRegex(@"(?:bao nhiêu|mấy)\s+(?<unit>[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)")]
    private static partial Regex HowMany();

    /// <summary>
    /// A document named by type and number ("Kế hoạch 36/KH-SYT", "Nghị quyết số 63/2025/NQ-HĐND"), the type also as
    /// typed in short ("QĐ 2553/QĐ-TTg", "CĐ 227"): group abbr holds a short type, which <see cref="DocumentName"/> spells out.
    /// </summary>
    [GeneratedRegex(@"(?<type>(?i:kế hoạch|quyết định|chỉ thị|nghị quyết|nghị định|thông tư|kết luận|công văn|công điện|tờ trình|thông báo|hướng dẫn)|(?<![\p{L}/\-])(?<abbr>TTLT|QĐ|NĐ|NQ|TT|CT|KH|CV|TB|KL|CĐ)(?!\p{L}))\s+(?:số\s+)?\d{1,5}[A-Za-z]?(?:/\d{4})?(?:\s?[/\-]\s?\p{Lu}[\p{L}\d]*(?:[\-/][\p{L}\d]+)*)?")]
    private static partial Regex NamedDocument();

    /// <summary>A period a limit is counted over: "trong một tháng", "mỗi năm", "hằng tuần".</summary>
    [GeneratedRegex(@"(?i)\b(?:trong\s+)?(?:một|mỗi|hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)\b")]
    private static partial Regex Period();

    /// <summary>
    /// An agency named as the subject ("Sở Tài chính", "Công an Tỉnh", "Ủy ban nhân dân cấp xã"): its head word and what
    /// follows up to the verb or the end of the question.
    /// </summary>
    [GeneratedRegex(@"(?<![/\-\w])(?:Sở|Bộ|Công an|Ủy ban|Uỷ ban|UBND|Ban|Cục|Chi cục|Văn phòng|Kho bạc|Bảo hiểm xã hội|Đài|Trung tâm)\s+[^,?;:]*?(?=\s+(?:có|được|phải|chịu|là|làm|thực hiện|chủ trì|phối hợp|thì|thế|ra)\b|\s*[,?;:]|\s*$)")]
    private static partial Regex AgencyAsked();

    [GeneratedRegex(@"[\p{L}\p{M}\d]+")]
    private static partial Regex Words();
}
