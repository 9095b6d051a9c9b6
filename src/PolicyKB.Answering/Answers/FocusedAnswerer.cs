using PolicyKB.Answering.Calibration;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Search;
using PolicyKB.Storage;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// Answers a question about documents it names (by number or title words, see <see cref="DocumentFocus"/>): the
/// hybrid search ranks their clauses, every sentence of them is scored on the question's focus words and on whether
/// it holds an answer of the type asked (<see cref="TypedSpans"/>), and the best is quoted with its clause. When no
/// sentence holds an answer of that type about the subject asked, the answer is the refusal; when several documents
/// could be meant, the answer asks which one. A document named by number is certain; one found by its title words is
/// likely: when none of its sentences answers, the question goes on to the search over every document instead of a
/// refusal (the title may have matched a document on a neighbouring subject).
/// </summary>
/// <param name="store">The document store.</param>
/// <param name="search">The search service ranking a document's clauses.</param>
/// <param name="byTitle">False to focus only on documents named by number (when a language model answers the rest).</param>
/// <param name="mode">
/// <see cref="CalibrationMode.Collect"/> to collect training rows for a calibrator of this path: the coverage floor is
/// lowered to <see cref="SentenceScorer.ClosestFloor"/> and the best sentence's <see cref="FocusedFeatures"/> are kept with
/// the answer. <see cref="CalibrationMode.Calibrated"/> with a <paramref name="calibrator"/>: a best sentence below the
/// floor (<see cref="SentenceScorer.MinCoverage"/>) is quoted when the calibrator says so, and otherwise the floor decides
/// as in <see cref="CalibrationMode.Floors"/>, which keeps the floor.
/// </param>
/// <param name="calibrator">The focused answerer's fitted calibrator (content/models/focused-calibrator.json).</param>
public sealed class FocusedAnswerer(IDocumentStore store, SearchService search, bool byTitle = true, CalibrationMode mode = CalibrationMode.Floors,
    AnswerCalibrator? calibrator = null) : IAnswerSource
{
    private readonly CalibrationMode _mode = mode == CalibrationMode.Calibrated && calibrator is null ? CalibrationMode.Floors : mode;
    private readonly double _minCoverage = mode == CalibrationMode.Collect || (mode == CalibrationMode.Calibrated && calibrator is not null)
        ? SentenceScorer.ClosestFloor : SentenceScorer.MinCoverage;

    private const int SearchTop = 30;
    private const int MaxDocuments = 3;
    /// <summary>
    /// Most characters of a list item quoted: an item that itself enumerates ("a) Phạm vi …: … bao gồm các tỉnh, thành
    /// phố: Hà Tĩnh, …") states its list after a lead of its own, which 200 characters cut off.
    /// </summary>
    private const int ItemLength = 400;

    /// <inheritdoc />
    public async Task<DraftAnswer?> TryAnswerAsync(QuestionAnalysis question, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame, CancellationToken cancellationToken)
    {
        var named = DocumentFocus.Find(question, knowledge);
        var titled = named.Count == 0;
        var documents = titled && byTitle ? DocumentFocus.Find(question, knowledge, byTitle: true) : named;
        return await AnswerAsync(question, knowledge, frame, documents, titled, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Answers <paramref name="question"/> from the <paramref name="documents"/> a conversation is about: a follow-up
    /// naming no document ("còn ngành giáo dục thì hạn chót khi nào?") asks on in the document the previous answer
    /// quoted. That document is likely, as one found by its title words is: null when none of its sentences answers.
    /// </summary>
    public Task<DraftAnswer?> TryAnswerInAsync(QuestionAnalysis question, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame,
        IReadOnlyList<DocumentProfile> documents, CancellationToken cancellationToken) =>
        AnswerAsync(question, knowledge, frame, documents, titled: true, cancellationToken);

    private async Task<DraftAnswer?> AnswerAsync(QuestionAnalysis question, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame,
        IReadOnlyList<DocumentProfile> documents, bool titled, CancellationToken cancellationToken)
    {
        if (documents.Count == 0) return null;
        if (documents.Count > MaxDocuments || DocumentFocus.IsAmbiguous(question, knowledge)) return Clarification.Ask(documents);
        if (!titled && OfAnotherPlace(question, documents))
        {
            return Refusals.Create(AnswerModes.Extractive, $"{string.Join("; ", documents.Select(d => d.DisplayName))} không thuộc địa phương được hỏi và không nói đến địa phương đó.", []);
        }
        var type = AnswerTypeClassifier.Classify(question.Question);
        var candidates = new List<SentenceCandidate>();
        var introIds = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var prior = await SearchPriorAsync(question, document.Id, cancellationToken).ConfigureAwait(false);
            var clauses = store.GetClauses(document.Id);
            var documentKeys = knowledge.DocumentKeys.GetOrAdd((document.Id, "text", question.Folded),
                _ => clauses.SelectMany(c => Text.SyllableKeys.Keys($"{c.Heading} {c.Text}", question.Folded)).ToHashSet(StringComparer.Ordinal));
            var scopeKeys = knowledge.DocumentKeys.GetOrAdd((document.Id, "scope", question.Folded), _ => DocumentScope.Keys(clauses, question.Folded));
            var narrative = NumberedBody.Narrative(clauses, introIds[document.Id] = NumberedBody.IntroIds(clauses), type);
            foreach (var clause in clauses)
            {
                if (frame(clause.Id) is not { } framed) continue;
                candidates.AddRange(SentenceScorer.Score(question, type, framed, prior.GetValueOrDefault(clause.Id), knowledge, frame, documentKeys, scopeKeys,
                    narrative(clause), _minCoverage));
            }
        }
        var ranked = candidates.OrderByDescending(c => c.Score).ToList();
        var best = ranked.FirstOrDefault(c => c.Answers);
        // The features of the best sentence before any later preference: the calibrator's decision is about it. They are
        // computed only when read: when collecting, or when the calibrator decides (a best sentence below the floor).
        var consulted = best is not null && (_mode == CalibrationMode.Collect || (_mode == CalibrationMode.Calibrated && best.Coverage < SentenceScorer.MinCoverage));
        var features = consulted ? FocusedFeatures.Compute(question, knowledge, ranked, best!, !titled, documents.Count) : null;
        // Calibrated: a best sentence below the floor is quoted only when the calibrator says so; otherwise (and whenever
        // the best passes the floor) the sentences below the floor answer nothing, exactly as the floor has it.
        if (_mode == CalibrationMode.Calibrated && !(features is not null && calibrator!.Quotes(features)))
        {
            ranked = ranked.Select(c => c.Answers && c.Coverage < SentenceScorer.MinCoverage ? c with { Answers = false } : c).ToList();
            best = ranked.FirstOrDefault(c => c.Answers);
        }
        if (best is null && titled) return null;
        if (best is null)
        {
            // Closest clauses only above a relevance floor: unrelated clauses would pad the refusal.
            var closest = ranked.Where(c => c.Coverage >= SentenceScorer.ClosestFloor).Select(c => c.Clause).DistinctBy(c => c.Id).Take(3).ToList();
            if (documents.Count > 1 && closest.Count == 0) return Clarification.Ask(documents);
            return Refusals.Create(AnswerModes.Extractive, Reason(type, documents), closest);
        }
        // The numbered instruction answers who acts and by when, not the background restating its terms (NumberedBody).
        best = NumberedBody.Prefer(ranked, best, type, id => introIds[id], store.GetClauses);
        var chosen = new List<SentenceCandidate> { best };
        // Another document may answer as well (the question names two): its best sentence joins the answer.
        foreach (var other in ranked.Where(c => c.Answers && c.Clause.Document.Id != best.Clause.Document.Id).DistinctBy(c => c.Clause.Document.Id))
        {
            if (other.Score >= best.Score * 0.95) chosen.Add(other);
        }
        // A sentence of another clause the evidence cannot tell from the best one is shown beside it (NearTies).
        chosen.AddRange(NearTies.Of(ranked, best, chosen));
        // The first pick's clause holds the value asked in another sentence, for when the checks refuse the first (AlternateQuotes).
        var alternates = ranked.Where(c => c.Answers && c.Clause.Id == best.Clause.Id && c.Quote != best.Quote).DistinctBy(c => (c.Clause.Id, c.Quote))
            .Take(Verification.AlternateQuotes.MaxTried).Select(c => Quote([c], type, frame)).ToList();
        return Quote(chosen, type, frame) with { Alternates = alternates, Calibration = _mode == CalibrationMode.Collect ? features : null };
    }

    /// <summary>
    /// The answer quoting <paramref name="chosen"/>. A lead-in quoted ("… các thông tư sau đây:") brings the items it
    /// announces; so does one item of a list whose parent only announces it, for a list question (ListSiblings).
    /// </summary>
    private static DraftAnswer Quote(List<SentenceCandidate> chosen, AnswerType type, Func<string, RetrievedClause?> frame) =>
        Compose(chosen.Select(c => c.Items.Count > 0 ? c : WholeList(c, type, frame) ?? c with { Items = LeadInItems.Of(c.Clause, c.Quote, frame) })
            .DistinctBy(c => c.Clause.Id).ToList());

    /// <summary>The announcing parent of <paramref name="candidate"/>'s item with all its items, or null (<see cref="ListSiblings"/>).</summary>
    private static SentenceCandidate? WholeList(SentenceCandidate candidate, AnswerType type, Func<string, RetrievedClause?> frame) =>
        candidate.LeadIn is null && ListSiblings.Asked(type) && ListSiblings.Of(candidate.Clause, frame) is { } list
            ? candidate with { Clause = list.Parent, Quote = list.Parent.Clause.Text.Trim(), Items = list.Items }
            : null;

    /// <summary>
    /// True when the question names places and every document it names by number belongs to others and never mentions
    /// them ("Quyết định 2519/QĐ-UBND … tỉnh Vĩnh Long" of Cần Thơ): its clauses answer for their own place only.
    /// </summary>
    private bool OfAnotherPlace(QuestionAnalysis question, IReadOnlyList<DocumentProfile> documents) =>
        question.Places.Count > 0 && documents.All(d => d.Places.Count > 0 && !d.Places.Overlaps(question.Places)
            && !question.Places.Any(place => Mentions(d, place)));

    private bool Mentions(DocumentProfile document, string place)
    {
        var text = " " + string.Join(' ', store.GetClauses(document.Id).Select(c => c.Text).SelectMany(t => Text.SyllableKeys.Keys(t, fold: true))) + " ";
        return text.Contains(" " + place + " ", StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, double>> SearchPriorAsync(QuestionAnalysis question, string documentId, CancellationToken cancellationToken)
    {
        var prior = new Dictionary<string, double>(StringComparer.Ordinal);
        var text = question.SearchText.Trim().Length > 0 ? question.SearchText : question.Question;
        try
        {
            var response = await search.SearchAsync(new SearchRequest(text) { Top = SearchTop, Filters = new SearchFilters { DocumentId = documentId } }, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < response.Hits.Count; i++) prior[response.Hits[i].ClauseId] = 1.0 - (double)i / SearchTop;
        }
        catch (SearchQueryException)
        {
            // A question the search cannot parse still has its sentences scored on words.
        }
        return prior;
    }

    private static string Reason(AnswerType type, IReadOnlyList<DocumentProfile> documents)
    {
        var named = string.Join("; ", documents.Select(d => d.DisplayName));
        var what = type switch
        {
            AnswerType.Number => "con số",
            AnswerType.Date => "ngày hoặc thời hạn",
            AnswerType.Agency => "cơ quan",
            AnswerType.Person => "người hoặc chức danh",
            AnswerType.DocumentReference => "văn bản",
            _ => "nội dung",
        };
        return $"{named} không nêu {what} được hỏi.";
    }

    private static DraftAnswer Compose(List<SentenceCandidate> chosen)
    {
        var text = new System.Text.StringBuilder("Trích từ văn bản:");
        var sources = new List<RetrievedClause>();
        foreach (var c in chosen)
        {
            if (c.LeadIn is { } leadIn)
            {
                sources.Add(leadIn);
                text.Append("\n«").Append(Quotes.Collapse(leadIn.Clause.Text)).Append("» [").Append(sources.Count).Append(']');
            }
            sources.Add(c.Clause);
            text.Append(Text.TableRows.Quote(c.Clause, c.Quote, sources.Count));
            // A list answer quotes its items, each with its own clause.
            foreach (var item in c.Items)
            {
                sources.Add(item);
                var itemText = Quotes.Collapse(item.Clause.Text);
                text.Append("\n- «").Append(Quotes.Window(itemText, 0, Math.Min(itemText.Length, ItemLength), ItemLength + 40)).Append("» [").Append(sources.Count).Append(']');
            }
            text.Append("\n— Nguồn: ").Append(c.Clause.Document.DisplayName).Append(", ").Append(c.Clause.Section).Append('.');
        }
        return new DraftAnswer(text.ToString(), AnswerModes.Extractive, sources, Refused: false);
    }
}
