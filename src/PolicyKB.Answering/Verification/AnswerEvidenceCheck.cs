using System.Text.RegularExpressions;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;
using PolicyKB.Documents;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// The last answer-or-refuse decision for a quoted answer (issue #11, calibrated answerability): the answer stands only
/// when one of its quotes holds an answer of the asked type about the asked subject. A quote fails when it is a legal
/// basis line (<see cref="BasisLine"/>), holds no value of the asked type (<see cref="AskedTypeEvidence"/>), does not
/// name the purpose of an amount asked (<see cref="AskedPurpose"/>), speaks of another span of years than the one asked
/// (<see cref="SiblingPeriod"/>) or another year (<see cref="SiblingYear"/>), states no charge for a fee or fine asked
/// (<see cref="ChargeValue"/>), dates only the meeting it reports (<see cref="ReportedEventDate"/>), names another ward or commune than the one asked
/// (<see cref="SiblingPlace"/>) or another member named by the same noun (<see cref="SiblingName"/>), or speaks of a sibling of the subject asked (<see cref="SiblingSubject"/>, for
/// questions asking a number) or of another subject than the one the question's rarest word names
/// (<see cref="AskedSubjectWord"/>, for questions asking a number). When every quote fails the answer becomes the refusal, its quoted clauses shown as the
/// closest. Facts and graph answers say what they answer and are not read.
/// </summary>
public static partial class AnswerEvidenceCheck
{
    /// <summary>
    /// <paramref name="draft"/>, or the refusal when no quote of it answers <paramref name="question"/>;
    /// <paramref name="clausesOf"/> reads a stored document's clauses.
    /// </summary>
    public static DraftAnswer Apply(QuestionAnalysis question, DraftAnswer draft, KnowledgeSnapshot knowledge, Func<string, IReadOnlyList<Clause>> clausesOf)
    {
        if (draft.Refused || draft.Mode != AnswerModes.Extractive || draft.Sources.Count == 0) return draft;
        var quotes = Quote().Matches(draft.Text).Select(m => (Text: m.Groups["q"].Value, N: int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(Row().Matches(draft.Text).Select(m => (Text: m.Groups["r"].Value, N: int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))))
            .Where(q => q.N >= 1 && q.N <= draft.Sources.Count).ToList();
        if (quotes.Count == 0) return draft;
        var number = AnswerTypeClassifier.Classify(question.Question) == AnswerType.Number;
        string? reason = null;
        foreach (var (text, n) in quotes)
        {
            var source = draft.Sources[n - 1];
            // Headings only: the frame (a parent's whole text) would lend the quote values it does not state.
            var headings = $"{string.Join(' ', source.Ancestors.Select(a => a.Heading))} {source.Clause.Heading}";
            var context = $"{headings} {source.FrameText}";
            var missing = BasisLine.AnswersNothing(question.Question, text) ? "nội dung được hỏi (đoạn gần nhất chỉ là căn cứ ban hành)"
                : AskedTypeEvidence.Missing(question.Question, text, headings, knowledge.PlaceKeys)
                ?? (AskedPurpose.Missing(question.Question, text, headings, question.Folded) is { } purpose ? $"số tiền cho {purpose} được hỏi" : null)
                ?? AskedRelation.Missing(question.Question, text, headings)
                ?? (SiblingPeriod.Missing(question.Question, $"{headings} {text}") is { } span ? $"nội dung của giai đoạn {span} được hỏi" : null)
                ?? (ChargeValue.Asked(question.Question) && !ChargeValue.Holds(text, headings) ? "mức phí, mức phạt được hỏi" : null)
                ?? (SiblingYear.Missing(question.Question, $"{headings} {text} {Named(source)}", source.Document.Years) is { } year ? $"nội dung của năm {year} được hỏi" : null)
                ?? (ReportedEventDate.AnswersNothing(question.Question, text) ? "ngày của việc được hỏi (đoạn gần nhất chỉ nêu ngày một cuộc họp)" : null)
                ?? (SiblingPlace.Missing(question.Question, text, $"{headings} {Named(source)}") is { } place ? $"nội dung về {place} được hỏi" : null)
                ?? (SiblingName.Missing(question.Question, text, $"{headings} {source.Clause.Text} {Named(source)}") is { } name ? $"nội dung về {name} được hỏi" : null)
                ?? (number ? Sibling(question, text, context, source, knowledge, clausesOf) : null)
                ?? (number ? Subject(question, text, context, source, knowledge, clausesOf) : null);
            if (missing is null) return draft;
            reason ??= missing;
        }
        return Refusals.Create(AnswerModes.Extractive, $"Các đoạn văn bản gần nhất không nêu {reason}.", draft.Sources);
    }

    /// <summary>How the quote's document is named: its type, number, title and issuer.</summary>
    private static string Named(RetrievedClause source) =>
        $"{source.Document.Document.Metadata.Type} {source.Document.Document.Metadata.Number} {source.Document.Document.Metadata.Title} {source.Document.Document.Metadata.Issuer}";

    private static string? Sibling(QuestionAnalysis question, string text, string context, RetrievedClause source, KnowledgeSnapshot knowledge, Func<string, IReadOnlyList<Clause>> clausesOf)
    {
        var folded = question.Folded;
        var quotePairs = SiblingSubject.Pairs([SyllableKeys.Keys(UnitSymbols.Spelled(text), folded), SyllableKeys.Keys(UnitSymbols.Spelled(context), folded)]);
        var document = source.Document.Document;
        var pairs = knowledge.DocumentKeys.GetOrAdd((document.Id, "pairs", folded), _ => SiblingSubject.Pairs(
            clausesOf(document.Id).Select(c => (IReadOnlyList<string>)SyllableKeys.Keys(UnitSymbols.Spelled($"{c.Heading} {c.Text}"), folded))
                .Append(SyllableKeys.Keys($"{document.Metadata.Type} {document.Metadata.Title} {document.Metadata.Issuer}", folded))));
        var f = SiblingSubject.Foreign(question.Question, quotePairs, pairs, folded);
        return f is { } foreign ? $"nội dung về {foreign} được hỏi" : null;
    }

    /// <summary>The rarest subject word of a number question that the quote does not name (<see cref="AskedSubjectWord"/>), as a reason.</summary>
    private static string? Subject(QuestionAnalysis question, string text, string context, RetrievedClause source, KnowledgeSnapshot knowledge, Func<string, IReadOnlyList<Clause>> clausesOf)
    {
        var folded = question.Folded;
        var document = source.Document.Document;
        var documentKeys = knowledge.DocumentKeys.GetOrAdd((document.Id, "text", folded),
            _ => clausesOf(document.Id).SelectMany(c => SyllableKeys.Keys($"{c.Heading} {c.Text}", folded)).ToHashSet(StringComparer.Ordinal));
        var nameKeys = knowledge.DocumentKeys.GetOrAdd((document.Id, "name", folded),
            _ => SyllableKeys.Keys($"{document.Metadata.Type} {document.Metadata.Title} {document.Metadata.Issuer}", folded).ToHashSet(StringComparer.Ordinal));
        return AskedSubjectWord.Missing(question, text, context, documentKeys, nameKeys, knowledge.Terms) is { } word ? $"nội dung về {word} được hỏi" : null;
    }

    [GeneratedRegex(@"«(?<q>[^»]*)»\s*\[(?<n>\d{1,3})\]")]
    private static partial Regex Quote();

    [GeneratedRegex(@"(?m)^" + TableRows.Prefix + @"(?<r>.*?) \[(?<n>\d{1,3})\]$")]
    private static partial Regex Row();
}
