using System.Text.RegularExpressions;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// Scores the sentences of a clause against a question: the rarity-weighted share of the question's focus words the
/// sentence holds with its headings (words of the document's own name count less: every clause of it is about them),
/// whether it holds an answer of the type asked, the unit asked ("bao nhiêu giờ"), and every number the question
/// names ("năm 2007", "từ đủ 80 tuổi"): a sentence without them states some other fact.
/// </summary>
public static partial class SentenceScorer
{
    /// <summary>Least focus coverage of an answer. Tuned on the dev half of tests/eval/answers-unseen.jsonl.</summary>
    public const double MinCoverage = 0.6;

    /// <summary>Least focus coverage of a yes/no answer: with no typed span to check, the sentence must say what is asked.</summary>
    public const double MinYesNoCoverage = 0.75;

    /// <summary>Least coverage of a clause shown as "closest" beside a refusal.</summary>
    public const double ClosestFloor = 0.45;

    private const double NameWeight = 0.15;
    private const double ClauseShare = 0.9;
    private const double HeadingBonus = 0.3;
    private const int MaxItems = 8;
    private const double OwnWeight = 0.1;
    private const int MinRestated = 4;
    /// <summary>Least share of a sentence's words from the document's name for it to restate the name. Tuned on answers-unseen-7 dev.</summary>
    private const double RestatedShare = 0.5;
    private const double ListBonus = 0.15;
    private const int MaxTitleLength = 160;
    private const int MaxLeadInLength = 400;
    private const double TitlePenalty = 0.1;
    private const double MeasureBonus = 0.3;
    private const int MaxMeasuredLength = 250;

    /// <summary>
    /// The candidates of one clause. <paramref name="narrative"/> is the introduction a numbered body item is read with
    /// (<see cref="NumberedBody"/>): a number the question names there (the event's date) need not recur in the item.
    /// <paramref name="minCoverage"/> is the least focus coverage of an answer other than a yes/no one: lowered only to
    /// collect the candidates the floor would refuse (<c>policykb train-calibrator --collect --focused</c>).
    /// </summary>
    public static IEnumerable<SentenceCandidate> Score(QuestionAnalysis question, AnswerType type, RetrievedClause clause, double prior,
        KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame, IReadOnlySet<string> documentKeys, IReadOnlySet<string>? scopeKeys = null,
        string narrative = "", double minCoverage = MinCoverage)
    {
        // An abbreviation the document never writes ("BHYT" where it says "bảo hiểm y tế") tells its sentences apart from nothing.
        var neutral = Abbreviation().Matches(question.Question).Select(m => SyllableKeys.Key(m.Value, question.Folded)).Where(k => !documentKeys.Contains(k)).ToHashSet(StringComparer.Ordinal);
        // The words that frame what is asked ("cơ quan nào", "bao nhiêu tiền") are not in the answer.
        neutral.UnionWith(FrameKeys(question));
        // The document's own number, typed in part ("Nghị định 182/2026"), found the document: its clauses need not repeat it.
        foreach (Match own in OwnNumber().Matches(Fold(question.Question))) neutral.UnionWith(Digits().Matches(own.Value).Select(d => d.Value));
        var heading = Relevance.HeadingNamed(question, clause) ? HeadingBonus : 0;
        var headings = string.Join(' ', clause.Ancestors.Select(a => Framing(a, clause)).Append(clause.Clause.Heading));
        // The words naming the document — its type, title and issuer ("Quyết định … của Chủ tịch UBND tỉnh Quảng Ngãi") —
        // found it; its clauses, which that heading frames, need not repeat them.
        var nameKeys = knowledge.DocumentKeys.GetOrAdd((clause.Document.Id, "name", question.Folded),
            _ => SyllableKeys.Keys($"{clause.Document.Document.Metadata.Type} {clause.Document.Document.Metadata.Title} {clause.Document.Document.Metadata.Issuer}", question.Folded).ToHashSet(StringComparer.Ordinal));
        // The scope articles' words frame every clause as the title does (DocumentScope).
        if (scopeKeys is { Count: > 0 }) nameKeys = knowledge.DocumentKeys.GetOrAdd((clause.Document.Id, "name+scope", question.Folded), _ => nameKeys.Concat(scopeKeys).ToHashSet(StringComparer.Ordinal));
        var required = RequiredNumbers(question.Question);
        // A question asking only about the document's subject ("tạm ngưng những văn bản nào?") is answered by its title's
        // words, which the enacting formula repeats; one asking more is not.
        var preambleAsked = clause.Clause.Kind == PolicyKB.Documents.ClauseKind.Preamble && question.ContentKeys.Any(k => !neutral.Contains(k) && !nameKeys.Contains(k));
        // A clause that never names the agency the question is about says nothing about it ("Bộ Quốc phòng có trách nhiệm gì?").
        var agencyNamed = AnswerConstraints.NamesAgency(AnswerConstraints.AgencyAsked(question), clause, headings);
        var compounds = new CompoundMatch(question.AllKeys, question.ContentKeys.ToHashSet(StringComparer.Ordinal));
        var shape = new AskedShape(question, type, clause);
        // "ở đâu" is typed as an agency ("nộp ở đâu"); a venue named by its address answers it as well ("Sân vận động Cầu
        // Vồng, thôn Hoàng Hoa Thám, xã Tân Yên").
        var where = type == AnswerType.Agency && Verification.AskedTypeEvidence.WhereIsAsked(question.Question);
        // "địa chỉ web nào" is answered only by a sentence writing a web address.
        var web = Verification.WebAddress.Asked(question.Question);
        // A flattened table's rows are units of their own, their cells named by the columns (TableRows).
        var sentences = TableRows.Units(clause);
        if (type == AnswerType.List && clause.Clause.ChildIds.Count > 0 && sentences.Count > 0)
        {
            var items = NestedItems.Flatten(clause.Clause.ChildIds.Take(MaxItems).Select(frame).OfType<RetrievedClause>(), frame, MaxItems);
            var text = clause.Clause.Text + " " + string.Join(' ', items.Select(i => i.Clause.Text));
            var coverage = Coverage(question, SyllableKeys.Keys($"{text} {headings}", question.Folded), nameKeys, neutral, knowledge.Terms, compounds);
            var answers = coverage >= minCoverage && HasAll(required, $"{text} {headings}") && agencyNamed;
            // The sentence leading the list says what it lists ("Ủy quyền … thực hiện nhiệm vụ …, cụ thể:"): its own words
            // tell the list asked for from another list under the same heading words.
            var lead = Coverage(question, SyllableKeys.Keys($"{sentences[0]} {headings}", question.Folded), nameKeys, neutral, knowledge.Terms, compounds);
            // The list with its items answers "những … nào" better than any one item quoted alone.
            yield return new SentenceCandidate(clause, sentences[0], coverage, coverage + OwnWeight * lead + 0.2 * prior + 0.2 + ListBonus + heading, answers) { Items = items };
            yield break;
        }
        // A table or a long clause states its subject once: the clause's words count, a little less than the sentence's own.
        // The event the introduction names ("ngày 19/12/2025") is the item's too (NumberedBody).
        var events = NumberedBody.EventNumbers(question.Question, narrative);
        var clauseKeys = SyllableKeys.Keys(BoundWords.BothWays($"{clause.Clause.Text} {headings} {events}"), question.Folded);
        var clauseCoverage = ClauseShare * Coverage(question, clauseKeys, nameKeys, neutral, knowledge.Terms, compounds);
        var clauseHasNumbers = HasAll(required, $"{clause.Clause.Text} {headings}");
        // "không phải nộp … trường hợp nào" is not answered by "3. … không thuộc trường hợp quy định tại khoản 2 Điều này
        // thì phải nộp …. Tiền sử dụng đất hằng năm được xác định …": the clause's second sentence holds the question's
        // words only through the first, and states the same opposite case.
        var clauseOpposes = sentences.Count > 1 && shape.Opposes(clause.Clause.Text);
        var agencyHeading = type == AnswerType.Agency && AgencyHeading(clause);
        var leadIn = clause.Ancestors.Count > 0 && LeadIn(clause.Ancestors[^1].Text) ? clause.Ancestors[^1] : null;
        // A preamble's heading is the document's title, which names what every sentence of it is about.
        // "Cơ quan nào tổng hợp …" is answered where an agency is written before that action (AgencySubject).
        var action = type is AnswerType.Agency or AnswerType.Person ? AgencySubject.Action(question.Question) : [];
        var ownHeading = clause.Clause.Kind == PolicyKB.Documents.ClauseKind.Preamble ? "" : clause.Clause.Heading;
        foreach (var sentence in sentences)
        {
            var context = $"{sentence} {headings}";
            var keys = SyllableKeys.Keys(BoundWords.BothWays($"{context} {events}"), question.Folded);
            var own = Coverage(question, keys, nameKeys, neutral, knowledge.Terms, compounds);
            var coverage = Math.Max(own, clauseCoverage);
            var venue = where && Verification.AskedTypeEvidence.NamesVenue(sentence);
            var typed = (venue || Typed(question, type, sentence, agencyHeading)) && (!web || Verification.WebAddress.Written(sentence));
            var unit = HasUnit(question, keys, sentence);
            // An item under a lead-in ("6. Mức phụ cấp ưu đãi 45% được áp dụng đối với các trường hợp sau:" / "a) Nhà giáo
            // giảng dạy trong … trường tiểu học;") takes its value from the lead-in, which is quoted before it; so does an
            // item of a body's tasks ("Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:" / "a) Thực hiện chi trả gộp …").
            var fromLeadIn = leadIn is not null && type is AnswerType.Number or AnswerType.Date or AnswerType.Agency or AnswerType.Person && !(typed && unit)
                && Typed(question, type, leadIn.Text, agencyHeading) && HasUnit(question, keys, $"{leadIn.Text} {sentence}");
            if (fromLeadIn) (typed, unit) = (true, true);
            var floor = type == AnswerType.YesNo ? MinYesNoCoverage : minCoverage;
            var answers = typed && coverage >= floor && unit && (HasAll(required, $"{context} {narrative}") || (clauseHasNumbers && sentences.Count > 1 && TableLike(clause.Clause.Text)))
                && SyllableKeys.Keys(sentence).Count >= 3 && agencyNamed && !AnswerConstraints.IsBlankForm(sentence)
                && AnswerConstraints.NamesPersonAsked(question.Question, sentence)
                && !shape.Excludes(fromLeadIn ? $"{leadIn!.Text} {sentence}" : sentence);
            // "được hỗ trợ bao nhiêu" asks the level of support: a sentence or heading naming "mức hỗ trợ" states it,
            // where another number of the same clause counts something else ("gộp 02 tháng hoặc 03 tháng").
            // Only in a sentence short enough to state one number: a flattened table names many measures at once.
            var measure = type == AnswerType.Number && sentence.Length <= MaxMeasuredLength && MeasureNamed(question, $"{sentence} {ownHeading}") ? MeasureBonus : 0;
            // The sentence's own words break ties between the sentences of one clause (which share its coverage).
            // The document's title names its subject; a sentence of the body stating the fact is the better citation.
            // So is the preamble's enacting formula ("Ủy ban nhân dân Tỉnh ban hành Quyết định quy định mức chi …"), which only
            // restates the title: of the preamble's sentences, which share its coverage, it states nothing the question adds.
            // And so is the preamble's sentence leading into the body (PreambleLeadIn).
            var title = clause.Clause.Label == "title" || (preambleAsked && RestatesName(sentence, nameKeys, question.Folded))
                || PreambleLeadIn.LeadsIntoBody(clause.Clause, sentence) ? TitlePenalty : 0;
            var strength = fromLeadIn || venue ? 1 : TypedSpans.Strength(type, sentence);
            var doer = AgencySubject.Does(action, sentence) ? AgencySubject.Bonus : 0;
            var inheritedOpposite = clauseOpposes && own < clauseCoverage && !shape.Opposes(sentence) ? NegatedFocus.Penalty : 0;
            yield return new SentenceCandidate(clause, sentence, coverage, coverage + OwnWeight * own + 0.2 * prior + 0.2 * strength + heading + measure + shape.Adjustment(sentence) + doer - title - inheritedOpposite, answers)
            {
                LeadIn = fromLeadIn ? frame(leadIn!.Id) : null,
            };
        }
    }

    /// <summary>
    /// True when most of <paramref name="sentence"/>'s words are the document's name ("Chính phủ ban hành Nghị quyết tạm
    /// ngưng hiệu lực Nghị định số 46/2026/NĐ-CP …" in the resolution of that title).
    /// </summary>
    internal static bool RestatesName(string sentence, IReadOnlySet<string> nameKeys, bool folded)
    {
        var keys = SyllableKeys.Keys(sentence, folded).Where(k => !char.IsDigit(k[0])).ToList();
        return keys.Count >= MinRestated && keys.Count(nameKeys.Contains) >= RestatedShare * keys.Count;
    }

    /// <summary>True when <paramref name="sentence"/> holds an answer of <paramref name="type"/> as <paramref name="question"/> asks it.</summary>
    private static bool Typed(QuestionAnalysis question, AnswerType type, string sentence, bool agencyHeading) => type switch
    {
        AnswerType.List => ListLike().IsMatch(sentence),
        AnswerType.Date => TypedSpans.HoldsDateAsked(question.Question, sentence),
        // A task under a section named for its agency ("3. Sở Tài chính" / "- Phân bổ ngân sách …") states its
        // agency once, in the heading: the heading answers "cơ quan nào" for every task under it.
        AnswerType.Agency => TypedSpans.Holds(type, sentence) || agencyHeading,
        _ => TypedSpans.Holds(type, sentence),
    };

    /// <summary>
    /// An ancestor's title: its whole text when that is no more than a heading ("Chương II HỖ TRỢ NGƯỜI LAO ĐỘNG ĐANG LÀM
    /// VIỆC / TRONG DOANH NGHIỆP", whose second line the heading may leave out), else its heading.
    /// </summary>
    private static string Title(PolicyKB.Documents.Clause ancestor) =>
        ancestor.ChildIds.Count > 0 && (ancestor.Text.Length <= MaxTitleLength || LeadIn(ancestor.Text)) ? ancestor.Text : ancestor.Heading;

    /// <summary>
    /// How <paramref name="ancestor"/> frames <paramref name="clause"/>: its <see cref="Title"/>, or its whole text when it
    /// is the task whose attributes the clause lists ("b) Gửi dự kiến chương trình …" / "- Thời gian thực hiện: Quý
    /// I/2015"): a plan states each task once and its lead, partners and time in labelled lines under it, which say
    /// nothing of the task themselves.
    /// </summary>
    private static string Framing(PolicyKB.Documents.Clause ancestor, RetrievedClause clause) =>
        clause.Ancestors[^1] == ancestor && AttributeLine().IsMatch(clause.Clause.Text) && ancestor.Text.Length <= MaxLeadInLength ? ancestor.Text : Title(ancestor);

    /// <summary>A labelled line: a short label of words, a colon, its value ("Đơn vị chủ trì: Vụ …", "Thời gian thực hiện: Quý I/2015").</summary>
    [GeneratedRegex(@"^\s*[-+•]?\s*\p{Lu}[\p{L} ,]{2,40}:\s*\S")]
    private static partial Regex AttributeLine();

    /// <summary>
    /// True when <paramref name="text"/> introduces the items under it ("Người lao động đang làm việc trong doanh nghiệp …
    /// được hỗ trợ khi có đủ các điều kiện sau:"): each item is read with it.
    /// </summary>
    private static bool LeadIn(string text) => text.Length <= MaxLeadInLength && text.TrimEnd().EndsWith(':');

    /// <summary>
    /// True when the clause's own heading, or the heading of the section right above it, is an agency's name ("Sở Tài
    /// chính", "Công an Tỉnh"), not a topic that merely mentions one.
    /// </summary>
    private static bool AgencyHeading(RetrievedClause clause)
    {
        var nearest = clause.Clause.Heading is { Length: > 0 } own ? own : clause.Ancestors.LastOrDefault()?.Heading;
        return nearest is { Length: > 0 and < 120 } heading && TypedSpans.StartsWithAgency(heading);
    }

    private static double Coverage(QuestionAnalysis question, List<string> keys, IReadOnlySet<string> nameKeys, IReadOnlySet<string> neutral, TermStatistics terms,
        CompoundMatch compounds)
    {
        var present = keys.ToHashSet(StringComparer.Ordinal);
        var pairs = CompoundMatch.Pairs(keys);
        var focus = question.ContentKeys.Where(k => !neutral.Contains(k)).ToList();
        // Words naming the document count less, unless the question asks about nothing else.
        var nameWeight = focus.All(nameKeys.Contains) ? 1 : NameWeight;
        double found = 0, total = 0;
        foreach (var key in focus)
        {
            var weight = terms.Idf(key, question.Folded) * (nameKeys.Contains(key) ? nameWeight : 1);
            total += weight;
            found += weight * compounds.Weight(key, present, pairs);
        }
        return total <= 0 ? 1 : found / total;
    }

    /// <summary>The keys of the words that frame what is asked ("cơ quan nào", "bao nhiêu tiền", "thời hạn hoàn thành"): no answer holds them.</summary>
    internal static IEnumerable<string> FrameKeys(QuestionAnalysis question) =>
        FramePhrase().Matches(question.Question).SelectMany(m => SyllableKeys.Keys(m.Value, question.Folded));

    /// <summary>A table flattened into text (cells joined by " | "): its numbers belong to the sentence that introduces it.</summary>
    private static bool TableLike(string text) => Decimal().Count(text) >= 8;

    /// <summary>A key without tone and vowel marks ("tiên1" → "tien").</summary>
    private static string Folded(string key) => new string(PolicyKB.Search.Analysis.VietnameseNormalizer.Fold(key).Where(char.IsLetter).ToArray());

    [GeneratedRegex(@"\b\d+,\d+\b")]
    private static partial Regex Decimal();

    /// <summary>
    /// Question frames: "cơ quan nào", "đơn vị nào", "chức danh nào", "trường hợp nào" (the case is answered by stating
    /// it: "… để tăng gia sản xuất … thì không phải nộp …" need not say "trường hợp"), "bao nhiêu tiền", "văn bản nào", "ai", "kéo dài (đến khi
    /// nào)", "thời hạn (hoàn thành)", and the everyday "ai lo" / "sở nào lo" (who takes charge), which no text writes.
    /// </summary>
    [GeneratedRegex(@"(?i)\b(?:cơ quan|đơn vị|chức danh|văn bản|tổ chức|trường hợp|co quan|don vi|chuc danh|van ban|to chuc|truong hop)\s+(?:nào|gì|nao|gi)\b|\b(?:bao nhiêu|bao nhieu)\s+tiền|\bkéo dài\b|\bkeo dai\b|\bthời hạn(?: hoàn thành)?\b|\bthoi han(?: hoan thanh)?\b|\bhạn chót\b|\bhan chot\b|\b(?:bao nhieu)\s+tien|^\s*ai\b|\bai\s+(?:là|chịu|chủ trì)|\b(?:ai|nào|nao)\s+lo\b")]
    private static partial Regex FramePhrase();

    /// <summary>An abbreviation as typed: two to six capitals ("BHYT", "CSDL").</summary>
    [GeneratedRegex(@"\b\p{Lu}{2,6}\b")]
    private static partial Regex Abbreviation();


    /// <summary>
    /// A document named by type and a partial number, on folded text so that a question typed without diacritics reads
    /// alike ("Nghị quyết 63/2025", "ket luan 221", "Kế hoạch 1026", "Quyết định số 39"), with the short forms
    /// <see cref="Retrieval.DocumentFocus"/> finds a document by ("TB 659", "CĐ 230", "HD 45", "BC 12").
    /// </summary>
    [GeneratedRegex(@"(?i)\b(?:thong tu|nghi quyet|quyet dinh|nghi dinh|chi thi|ke hoach|ket luan|cong van|cong dien|to trinh|thong bao|huong dan|tt|nq|qd|nd|ct|kh|kl|cv|tb|cd|hd|bc)\.?\s+(?:so\s+)?\d{1,5}(?:/\d{4})?")]
    private static partial Regex OwnNumber();

    private static string Fold(string text) => PolicyKB.Search.Analysis.VietnameseNormalizer.Fold(text);

    /// <summary>A sentence listing several things.</summary>
    [GeneratedRegex(@"[,;:].*[,;]")]
    private static partial Regex ListLike();
}
