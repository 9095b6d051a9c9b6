using System.Text;
using PolicyKB.Answering.Calibration;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// Answers without a language model by quoting: the sentence of the best clauses that covers the question best and holds
/// the fact asked (the quantity, the date, the responsible body) is quoted verbatim with its source. Nothing is
/// paraphrased. When no sentence covers the question well enough, the answer is the refusal with the closest clauses.
/// </summary>
/// <param name="mode">How quoting the best sentence is decided against refusing (<see cref="CalibrationMode"/>).</param>
/// <param name="calibrator">The fitted decision for <see cref="CalibrationMode.Calibrated"/>; without it the floors decide.</param>
public sealed class ExtractiveAnswerer(CalibrationMode mode = CalibrationMode.Floors, AnswerCalibrator? calibrator = null)
{
    private readonly CalibrationMode _mode = mode == CalibrationMode.Calibrated && calibrator is null ? CalibrationMode.Floors : mode;

    /// <summary>
    /// Least rarity-weighted share of the question's subject words a quoted sentence (with its headings) must contain.
    /// Calibrated on tests/eval/answers.jsonl (answerable questions score 0.70–1.0, the unanswerable ones below 0.6), then
    /// lowered from 0.62 once the answer evidence check (<see cref="Verification.AnswerEvidenceCheck"/>) refuses a quote
    /// holding no value of the asked type: reworded questions ("báo đài", "tự nâng giá") cover less of the sentence that
    /// answers them (issue #11 round 16, dev halves: four more answered, one more answered wrongly).
    /// </summary>
    public const double MinCoverage = 0.58;

    /// <summary>
    /// The floor before <see cref="MinCoverage"/> was lowered: when some sentence reaches it, only such sentences are
    /// quoted, so that a better-scored sentence covering less of the question does not displace it.
    /// </summary>
    public const double PreferredCoverage = 0.62;

    /// <summary>
    /// The least coverage a quoted sentence needs among sentences covering the question by <paramref name="coverages"/>:
    /// <see cref="PreferredCoverage"/> when one reaches it, else <see cref="MinCoverage"/>. Sentences covering the question
    /// as well as before the floor was lowered keep their precedence: the lower floor only answers questions no such
    /// sentence answers, and never changes the quote of one that does.
    /// </summary>
    public static double FloorFor(IEnumerable<double> coverages) => coverages.Any(c => c >= PreferredCoverage) ? PreferredCoverage : MinCoverage;

    /// <summary>
    /// The coverage tiers a calibrated answerer takes its best sentence from: the highest any sentence reaches, so that a
    /// question the floors answered keeps its quote, and one they refused is quoted from its best-covering sentences for
    /// the calibrator to judge (<see cref="AnswerCalibrator"/>). None lower: of the best quotes covering 0.40–0.50 on the
    /// tuning halves 5 were right against 11 to unanswerable questions and 9 wrong, too few for the model to find.
    /// </summary>
    public static readonly IReadOnlyList<double> CandidateTiers = [PreferredCoverage, MinCoverage, 0.5];

    /// <summary>The least coverage among <paramref name="coverages"/> for <paramref name="mode"/>: the floors, or the highest tier reached.</summary>
    public static double FloorFor(CalibrationMode mode, IReadOnlyCollection<double> coverages) => mode == CalibrationMode.Floors
        ? FloorFor(coverages) : CandidateTiers.FirstOrDefault(t => coverages.Any(c => c >= t), CandidateTiers[^1]);

    /// <summary>Least coverage of a clause shown as "closest" beside a refusal.</summary>
    public const double ClosestFloor = 0.3;

    private const int Pool = 8;
    private const double TieRatio = 0.99;
    private const double HeadingBonus = 0.15;
    private const double ExactTie = 0.999;
    private const int MaxListQuote = 700;

    /// <summary>Outranks a neighbour of about the same coverage that only dates a past event (DeadlineSentences).</summary>
    private const double DeadlineBonus = 0.1;

    /// <summary>Answers <paramref name="question"/> from <paramref name="retrieved"/>; <paramref name="frame"/> frames child clauses.</summary>
    public DraftAnswer Answer(QuestionAnalysis question, RetrievalResult retrieved, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame)
    {
        if (retrieved.UnknownPlace) return Refusals.Create(AnswerModes.Extractive, "Các văn bản hiện có không thuộc địa phương được hỏi.", retrieved.Closest);
        if (question.UnknownReferences.Count > 0)
        {
            return Refusals.Create(AnswerModes.Extractive, $"Kho chưa có văn bản {string.Join(", ", question.UnknownReferences)}.", retrieved.Closest);
        }
        var candidates = Expand(question, retrieved.Clauses.Take(Pool).ToList(), knowledge, frame);
        var scored = new List<ScoredQuote>();
        var compounds = new CompoundMatch(question.AllKeys, question.ContentKeys.ToHashSet(StringComparer.Ordinal));
        var type = AnswerTypeClassifier.Classify(question.Question);
        var yesNo = type == AnswerType.YesNo;
        // "có được … không?" is answered by the sentence that permits or forbids the act, not one naming it (ModalStatement).
        var modal = yesNo && ModalStatement.Asked(question.Question);
        var agency = AnswerConstraints.AgencyAsked(question);
        var deadline = type == AnswerType.Date && DeadlineSentences.Asked(question.Question);
        var action = type is AnswerType.Agency or AnswerType.Person ? AgencySubject.Action(question.Question) : [];
        // "công văn số mấy" asks an identifier: a sentence writing no document number holds no answer.
        var identifier = type == AnswerType.DocumentReference && AnswerTypeClassifier.IdentifierAsked(question.Question);
        var kind = identifier ? IdentifierKind.Asked(question.Question) : null;
        // "đốt vào giờ nào" asks a time of day: a sentence writing none holds no answer (the evidence check would refuse it).
        var clock = Verification.AskedTypeEvidence.AsksClock(question.Question);
        // "truy cập ở địa chỉ web nào" asks a web address: a sentence writing none holds no answer.
        var web = Verification.WebAddress.Asked(question.Question);
        foreach (var candidate in candidates)
        {
            var named = Relevance.HeadingNamed(question, candidate);
            var heading = named ? HeadingBonus : 0;
            // A form's line restates an article's condition as a declaration (FormClauses): the article is the better citation.
            heading -= FormClauses.Penalty(question.Question, candidate);
            if (!AnswerConstraints.NamesAgency(agency, candidate, string.Join(' ', candidate.Ancestors.Select(a => a.Heading).Append(candidate.Clause.Heading)))) continue;
            foreach (var sentence in TableRows.Units(candidate))
            {
                if (HeadingLines.IsHeadingOnly(sentence, candidate.Clause) || AnswerConstraints.IsBlankForm(sentence)) continue;
                if (!AnswerConstraints.NamesPersonAsked(question.Question, sentence)) continue;
                // "Chủ rừng có phải chịu trách nhiệm … không?" asks yes or no, not who: the sentence need hold no agency.
                if (!yesNo && !Relevance.HoldsFact(question, sentence)) continue;
                if (clock && !Verification.AskedTypeEvidence.WritesClock(sentence)) continue;
                if (web && !Verification.WebAddress.Written(sentence)) continue;
                // A legal-basis line answers nothing (the evidence check refuses it): quoting it first would hide a
                // sentence of another clause that answers, which the check never tries (BasisLine).
                if (Verification.BasisLine.AnswersNothing(question.Question, sentence)) continue;
                if (identifier && (!TypedSpans.Holds(AnswerType.DocumentReference, sentence) || !IdentifierKind.Admits(kind, sentence))) continue;
                var context = UnitSymbols.Spelled($"{sentence} {candidate.Clause.Heading} {candidate.FrameText}");
                var ordered = SyllableKeys.Keys(context, question.Folded);
                var keys = new HashSet<string>(ordered, StringComparer.Ordinal);
                var unit = Relevance.UnitCoverage(question, keys);
                if (question.Intent == QuestionIntent.Quantity && unit < 0.5) continue;
                var own = new HashSet<string>(SyllableKeys.Keys(UnitSymbols.Spelled($"{sentence} {candidate.Clause.Heading}"), question.Folded), StringComparer.Ordinal);
                if (!Relevance.NamesMeasure(question, own)) continue;
                var coverage = Relevance.Coverage(question, ordered, knowledge.Terms, compounds);
                // "phải xong trước ngày nào" is answered by the sentence setting the limit, not by one dating a past event.
                var limit = deadline && DeadlineSentences.States(sentence) ? DeadlineBonus : 0;
                // A sibling excepting the case asked in the same words ("trừ nhiệm vụ …") (NegatedFocus).
                var opposite = !yesNo && NegatedFocus.Contradicts(question.Question, sentence, exceptionsOnly: true) ? NegatedFocus.Penalty : 0;
                // "Cơ quan nào tổng hợp …" is answered where an agency is written before that action (AgencySubject).
                var doer = AgencySubject.Does(action, sentence) ? AgencySubject.Bonus : 0;
                var permits = modal && ModalStatement.States(sentence) ? ModalStatement.Bonus : 0;
                scored.Add(new ScoredQuote(candidate, sentence, coverage, 0.5 * coverage + 0.5 * candidate.Score + 0.1 * unit + heading + limit + doer + permits - opposite, unit, named));
            }
        }
        var floor = FloorFor(_mode, scored.Select(s => s.Coverage).ToList());
        var eligible = scored.Where(s => s.Coverage >= floor).OrderByDescending(s => s.Score).ToList();
        if (eligible.Count == 0) return Refuse(retrieved);
        var best = eligible[0];
        // The calibrated decision reads the best quote's features; collecting keeps them with an answer always given.
        var features = _mode == CalibrationMode.Floors ? null : AnswerFeatures.Compute(question, knowledge, retrieved, scored, best);
        if (_mode == CalibrationMode.Calibrated && !calibrator!.Quotes(features!)) return Refuse(retrieved) with { Calibration = features };
        var chosen = new List<(RetrievedClause Clause, string Sentence)> { (best.Clause, best.Sentence) };
        foreach (var other in eligible.Skip(1))
        {
            if (chosen.Count == 3 || other.Score < best.Score * TieRatio) break;
            // A second quote is for an equally good answer elsewhere (another plan), not a neighbour of the first.
            if (other.Coverage < best.Coverage || (other.Clause.Document.Id == best.Clause.Document.Id && other.Score < best.Score * ExactTie)) continue;
            if (chosen.Any(c => c.Clause.Id == other.Clause.Id)) continue;
            chosen.Add((other.Clause, other.Sentence));
        }
        // The first pick's clause holds the value asked in another sentence, for when the checks refuse the first (AlternateQuotes).
        var alternates = eligible.Skip(1).Where(e => e.Clause.Id == best.Clause.Id && e.Sentence != best.Sentence)
            .DistinctBy(e => (e.Clause.Id, e.Sentence)).Take(Verification.AlternateQuotes.MaxTried)
            .Select(e => Quote(question, type, [(e.Clause, e.Sentence)], frame)).ToList();
        return Quote(question, type, chosen, frame) with { Alternates = alternates, Calibration = features };
    }

    /// <summary>The refusal with the closest clauses, only those above a relevance floor: unrelated clauses would pad it.</summary>
    private static DraftAnswer Refuse(RetrievalResult retrieved)
    {
        var closest = retrieved.Clauses.Count > 0 ? retrieved.Clauses : retrieved.Closest;
        return Refusals.Create(AnswerModes.Extractive, null, closest.Where(c => c.Coverage >= ClosestFloor).ToList());
    }

    private static DraftAnswer Quote(QuestionAnalysis question, AnswerType type, List<(RetrievedClause Clause, string Sentence)> chosen, Func<string, RetrievedClause?> frame)
    {
        var quoted = chosen.Select(c => (c.Clause, Sentence: Listed(type, c.Clause, Through(question, type, c.Clause, c.Sentence)))).ToList();
        return Compose(ListSiblings.Asked(type) || ListSiblings.CasesAsked(question.Question) ? WholeLists(question, type, quoted, frame)
            : quoted.Select(c => AgencyLeadIn.Quote(type, c.Clause, c.Sentence, frame)).ToList(), frame);
    }

    /// <summary>
    /// <paramref name="sentence"/>, gone on to the piece after its semicolon that states what is asked when it does not
    /// (<see cref="SemicolonPieces"/>): the slot check reads the quote. A date goes on only to a date of the kind asked: a
    /// limit ("trước ngày 30/11") for "trước ngày nào", not for "bắt đầu từ ngày nào" (<see cref="DeadlineSentences"/>).
    /// </summary>
    private static string Through(QuestionAnalysis question, AnswerType type, RetrievedClause clause, string sentence)
    {
        if (question.Intent == QuestionIntent.General) return sentence;
        var context = $"{clause.Clause.Heading} {clause.FrameText}";
        var deadline = DeadlineSentences.Asked(question.Question);
        return SemicolonPieces.Through(TableRows.Units(clause), sentence, s => AskedSlot.MissingIn(question.Question, s, context) is null
            && Relevance.HoldsFact(question, s) && (type != AnswerType.Date || DeadlineSentences.States(s) == deadline));
    }

    /// <summary>
    /// The quote for a list asked ("chi cho những việc gì"): a short clause whose sentences enumerate the items ("…, gồm:
    /// thông báo …; công tác …; công tác niêm phong, phá, tháo dỡ …;") is the list and is quoted whole, not its one best
    /// sentence. Otherwise the sentence itself.
    /// </summary>
    private static string Listed(AnswerType type, RetrievedClause clause, string sentence)
    {
        if (type != AnswerType.List || clause.Clause.Text.Length > MaxListQuote || SentenceSplitter.Split(clause.Clause.Text).Count < 2) return sentence;
        return Quotes.Collapse(clause.Clause.Text);
    }

    /// <summary>
    /// A list question answered by one item of a list its parent only announces: the parent is quoted with all its items
    /// (<see cref="ListSiblings"/>), once however many of its items were chosen. So is a question asking in which cases,
    /// answered by one of the cases a parent announces; its other quotes are quoted as usual.
    /// </summary>
    private static List<(RetrievedClause Clause, string Sentence, IReadOnlyList<RetrievedClause>? Items)> WholeLists(
        QuestionAnalysis question, AnswerType type, List<(RetrievedClause Clause, string Sentence)> chosen, Func<string, RetrievedClause?> frame)
    {
        var whole = new List<(RetrievedClause Clause, string Sentence, IReadOnlyList<RetrievedClause>? Items)>();
        foreach (var (clause, sentence) in chosen)
        {
            var list = ListSiblings.For(type, question.Question, clause, frame);
            if (list is { } l && whole.Any(w => w.Clause.Id == l.Parent.Id)) continue;
            whole.Add(list is { } found ? (found.Parent, found.Parent.Clause.Text.Trim(), found.Items)
                : ListSiblings.Asked(type) ? (clause, sentence, null) : AgencyLeadIn.Quote(type, clause, sentence, frame));
        }
        return whole;
    }

    /// <summary>A heading-only clause ("2.1. Sở Y tế") answers through its children: they join the candidates.</summary>
    private static List<RetrievedClause> Expand(QuestionAnalysis question, List<RetrievedClause> pool, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame)
    {
        var expanded = new List<RetrievedClause>(pool);
        foreach (var parent in pool.Take(3).Where(c => c.Clause.ChildIds.Count > 0 && c.Clause.Text.Length - c.Clause.Heading.Length < 60))
        {
            foreach (var childId in parent.Clause.ChildIds.Take(6))
            {
                if (expanded.Any(c => c.Id == childId) || frame(childId) is not { } child) continue;
                child.Coverage = Relevance.Coverage(question, child.ContextKeys, knowledge.Terms);
                child.Score = Relevance.Score(question, child, 0.5);
                expanded.Add(child);
            }
        }
        return expanded;
    }

    /// <summary>The quoted answer for <paramref name="chosen"/> sentences, each with its source line.</summary>
    internal static DraftAnswer Compose(List<(RetrievedClause Clause, string Sentence, IReadOnlyList<RetrievedClause>? Items)> chosen, Func<string, RetrievedClause?> frame)
    {
        var text = new StringBuilder("Trích từ văn bản:");
        var sources = new List<RetrievedClause>();
        foreach (var (clause, sentence, items) in chosen)
        {
            sources.Add(clause);
            text.Append(TableRows.Quote(clause, sentence, sources.Count));
            // A lead-in quoted ("… cụ thể như sau:") brings the items it announces, each with its own clause.
            foreach (var item in items ?? LeadInItems.Of(clause, sentence, frame))
            {
                sources.Add(item);
                text.Append("\n- «").Append(Quotes.Collapse(item.Clause.Text)).Append("» [").Append(sources.Count).Append(']');
            }
            text.Append("\n— Nguồn: ").Append(clause.Document.DisplayName).Append(", ").Append(clause.Section).Append('.');
        }
        return new DraftAnswer(text.ToString(), AnswerModes.Extractive, sources, Refused: false);
    }
}
