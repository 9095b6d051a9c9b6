using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// A number quoted about another subject than the one asked (issue #11, calibrated answerability): "GRDP cả năm 2025 của
/// tỉnh Phú Thọ đạt bao nhiêu nghìn tỷ đồng?" answered with "Tổng thu ngân sách 10 tháng ước đạt 47,5 nghìn tỷ đồng". The
/// question's most specific word — the one its document writes in the fewest clauses of the store — names what the number
/// is of; when the document writes that word elsewhere but neither the quote, its headings nor the text framing it do, and
/// a good part of the question's words is missing with it, the quote states the number of something else. Words are
/// weighed by how rare they are in the store (<see cref="TermStatistics"/>), never looked up in a list of subjects; an
/// acronym the quote spells out ("GTGT" for "giá trị gia tăng") is named, and a word the document never writes is the
/// reader's own wording, which proves nothing. A sentence leading into items ("… áp dụng đối với các trường hợp sau:")
/// leaves its subject to them and is not read.
/// </summary>
/// <remarks>
/// Measured on the tuning material of round 28 (1,195 questions answered by a quote): words missing from the quote in
/// general do not tell answers from non-answers (every looser reading lost more right answers than it gained refusals,
/// the best "any rare word missing" trading 28 refusals for 229 answers); only the rarest subject word, missing together
/// with a third of the question, refused questions the documents do not answer (GRDP, NSMO, "ấn định") and no answer.
/// </remarks>
public static class AskedSubjectWord
{
    /// <summary>
    /// Least rarity (<see cref="TermStatistics.Idf"/>) of the word read: a word found in only a few dozen clauses of a
    /// store of some thousands. Rarer words name a subject; commoner ones ("thực hiện", "kinh phí") are reworded freely.
    /// On the tuning material the readings from 4.5 to 6 refused the same questions and no answer.
    /// </summary>
    public const double MinRarity = 5.0;

    /// <summary>
    /// Least rarity-weighted share of the question's subject words that must be missing as well: one rare word missing
    /// from a quote that holds the rest of the question is more often a word the reader added than another subject.
    /// </summary>
    public const double MinMissingShare = 0.3;

    /// <summary>
    /// The word of <paramref name="question"/>, as typed, that names its subject and that neither <paramref name="quote"/>
    /// nor its <paramref name="context"/> (headings and framing text) writes, though the quote's document does
    /// (<paramref name="documentKeys"/>); null when the quote names the subject, the question asks no number, or the
    /// word is not rare enough (<see cref="MinRarity"/>, <see cref="MinMissingShare"/>). Words naming the quote's
    /// document (<paramref name="nameKeys"/>: its type, title, issuer) found it, and need not be repeated.
    /// </summary>
    public static string? Missing(QuestionAnalysis question, string quote, string context, IReadOnlySet<string> documentKeys, IReadOnlySet<string> nameKeys, TermStatistics terms)
    {
        if (AnswerTypeClassifier.Classify(question.Question) != AnswerType.Number || quote.TrimEnd().EndsWith(':')) return null;
        var folded = question.Folded;
        var frame = SentenceScorer.FrameKeys(question).ToHashSet(StringComparer.Ordinal);
        var subject = question.ContentKeys.Where(k => !char.IsDigit(k[0]) && !frame.Contains(k) && !nameKeys.Contains(k)).ToList();
        if (subject.Count == 0) return null;
        var quoteKeys = SyllableKeys.Keys(UnitSymbols.Spelled(quote), folded);
        var contextKeys = SyllableKeys.Keys(UnitSymbols.Spelled(context), folded);
        var near = quoteKeys.Concat(contextKeys).ToHashSet(StringComparer.Ordinal);
        var written = subject.Where(documentKeys.Contains).ToList();
        if (written.Count == 0) return null;
        var rarest = written.MaxBy(k => terms.Idf(k, folded))!;
        if (terms.Idf(rarest, folded) < MinRarity || near.Contains(rarest)) return null;
        var total = subject.Sum(k => terms.Idf(k, folded));
        var missing = written.Where(k => !near.Contains(k)).Sum(k => terms.Idf(k, folded));
        if (total <= 0 || missing / total < MinMissingShare) return null;
        var typed = Typed(question, rarest);
        // "GTGT" is the reader's shorthand for words the quote writes out ("giá trị gia tăng").
        var pairs = SiblingSubject.Pairs([quoteKeys, contextKeys]);
        return AcronymRun.Spelled(typed, pairs) ? null : typed;
    }

    /// <summary>The token of <paramref name="question"/> whose key is <paramref name="key"/>, as typed.</summary>
    private static string Typed(QuestionAnalysis question, string key) =>
        SyllableKeys.Tokens(question.Question).Select(t => t.Value).FirstOrDefault(t => SyllableKeys.Key(t, question.Folded) == key) ?? key;
}
