using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Calibration;
using PolicyKB.Answering.Conversations;
using PolicyKB.Answering.Facts;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Llm;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;
using PolicyKB.Answering.Verification;
using PolicyKB.Search;

namespace PolicyKB.Answering;

/// <summary>
/// Answers questions about the stored documents, with numbered citations to clauses. Legal-basis and implementation
/// questions are answered from the citation graph; other questions by quoting the best sentences (offline) or, when a
/// language model is configured, by the model from the retrieved clauses. Every answer passes the verification gate,
/// and a question the documents do not answer gets "Không tìm thấy nội dung này trong các văn bản hiện có".
/// </summary>
public sealed class AnsweringService
{
    private readonly KnowledgeBase _knowledgeBase;
    private readonly KnowledgeSnapshotSource _snapshots;
    private readonly ClauseRetriever _retriever;
    private readonly QuestionAnalyzer _analyzer = QuestionAnalyzer.CreateDefault();
    private readonly GraphAnswerer _graph;
    private readonly ExtractiveAnswerer _extractive;
    private readonly FocusedAnswerer _focused;
    private readonly FocusedAnswerer _focusedByNumber;
    private readonly FactAnswerSource _facts;
    private readonly FollowUpRewriter _rewriter = new();
    private readonly AnswerGate _gate = new();
    private readonly LlmAnswerer? _llm;
    private readonly ChatOptions _options;
    private readonly IConversationStore? _conversations;

    /// <summary>Creates the service; <paramref name="chat"/> is null to answer offline only.</summary>
    public AnsweringService(KnowledgeBase knowledgeBase, ChatOptions options, Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService? chat, IConversationStore? conversations)
    {
        _knowledgeBase = knowledgeBase;
        _snapshots = new KnowledgeSnapshotSource(knowledgeBase);
        _options = options;
        _retriever = new ClauseRetriever(knowledgeBase.Store, knowledgeBase.Search);
        _graph = new GraphAnswerer(knowledgeBase.Store);
        _extractive = options.CollectAnswerFeatures ? new ExtractiveAnswerer(CalibrationMode.Collect)
            : options.UseAnswerCalibrator ? new ExtractiveAnswerer(CalibrationMode.Calibrated, AnswerCalibrator.LoadIfPresent(PolicyKbPaths.Resolve(options.AnswerCalibratorPath)))
            : new ExtractiveAnswerer();
        var focusedCalibrator = options.UseFocusedCalibrator && !options.CollectFocusedFeatures
            ? AnswerCalibrator.LoadIfPresent(PolicyKbPaths.Resolve(options.FocusedCalibratorPath), FocusedFeatures.Names) : null;
        var focusedMode = options.CollectFocusedFeatures ? CalibrationMode.Collect : focusedCalibrator is not null ? CalibrationMode.Calibrated : CalibrationMode.Floors;
        _focused = new FocusedAnswerer(knowledgeBase.Store, knowledgeBase.Search, mode: focusedMode, calibrator: focusedCalibrator);
        _focusedByNumber = new FocusedAnswerer(knowledgeBase.Store, knowledgeBase.Search, byTitle: false, focusedMode, focusedCalibrator);
        _facts = new FactAnswerSource(knowledgeBase.Store);
        _llm = chat is null ? null : new LlmAnswerer(chat, options);
        _conversations = conversations;
    }

    /// <summary>True when a language model is configured.</summary>
    public bool HasLanguageModel => _llm is not null;

    /// <summary>Answers one question.</summary>
    public async Task<AnswerResult> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        AnswerResult? result = null;
        await foreach (var e in StreamAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (e.Result is not null) result = e.Result;
        }
        return result!;
    }

    /// <summary>Answers one question as a stream: sources, answer text pieces, the verification report, the final answer.</summary>
    public async IAsyncEnumerable<AnswerStreamEvent> StreamAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        Validate(request);
        var knowledge = _snapshots.Current();
        var history = (request.SessionId is { } session ? _conversations?.Get(session) : null) ?? request.History ?? [];
        var resolved = _rewriter.Rewrite(TextSanitizer.Clean(request.Question).Trim(), history, knowledge);
        var question = _analyzer.Analyze(resolved, knowledge);
        RetrievedClause? Frame(string id) => _retriever.Frame(id, knowledge);

        var asked = TextSanitizer.Clean(request.Question).Trim();
        var followUp = resolved != asked;
        // A short follow-up is first answered from the clauses the previous answer quoted, when one of their sentences
        // holds a value of the type it asks and passes the same checks; otherwise the usual path runs unchanged.
        // A follow-up pointing at a document ("chỉ thị đó ban hành ngày nào?") is left as typed when the previous turn asked
        // which document, yet that document is the one the previous answer quoted or named: its clauses are tried too.
        IReadOnlyList<double>? features = null;
        var draft = followUp || FollowUpRewriter.PointsAtDocument(asked) ? FromCited(asked, question, history, knowledge, Frame) : null;
        draft ??= _graph.Answer(question, knowledge, Frame);
        if (draft is null || draft.Refused)
        {
            // A stored fact (signer, dates, relations, task lead) answers before the sentence scorer, which may quote a
            // sentence that only mentions the date or agency.
            // With a language model, a document found only by its title words is left to the model over the retrieved clauses.
            var focused = _llm is not null && !request.Offline ? _focusedByNumber : _focused;
            draft = await _facts.TryAnswerAsync(question, knowledge, Frame, cancellationToken).ConfigureAwait(false)
                ?? await focused.TryAnswerAsync(question, knowledge, Frame, cancellationToken).ConfigureAwait(false)
                ?? (draft?.Refused == true ? draft : null);
            // Collecting for the focused answerer's calibrator: its best sentence's features go with the judged answer.
            if (_options.CollectFocusedFeatures) features = draft?.Calibration;
        }
        // A question of a conversation naming no document asks on in the one the previous answer quoted, before the search
        // over every document: its words alone ("còn ngành giáo dục thì hạn chót khi nào?") cover too little of any
        // sentence there to be quoted (issue #11, session 27).
        if (draft is null && PreviousDocuments(history, knowledge, question) is { Count: > 0 } previous && DocumentFocus.Find(question, knowledge).Count == 0)
        {
            draft = await _focused.TryAnswerInAsync(question, knowledge, Frame, previous, cancellationToken).ConfigureAwait(false);
        }
        RetrievalResult? retrieval = null;
        if (draft is null)
        {
            retrieval = await _retriever.RetrieveAsync(question, knowledge, cancellationToken).ConfigureAwait(false);
            draft = _extractive.Answer(question, retrieval, knowledge, Frame);
            // The quoting answerer's features are another model's: not mixed into the focused answerer's rows.
            if (!_options.CollectFocusedFeatures) features = draft.Calibration;
        }
        // The not-stored check first, whose refusal says more (which document the store lacks); last, does a quote hold an
        // answer of the asked type about the asked subject (issue #11)? A refused first pick gives way to another
        // sentence of its clause that passes them (AlternateQuotes).
        draft = AlternateQuotes.Apply(draft, d => AnswerEvidenceCheck.Apply(question,
            AskedSlotCheck.Apply(question, UnstoredReferenceCheck.Apply(question, knowledge, d, Frame), followUp), knowledge, _knowledgeBase.Store.GetClauses));

        string? note = null;
        if (_llm is not null && !request.Offline && draft.Mode == AnswerModes.Extractive && !draft.Refused && retrieval is not null)
        {
            var sources = draft.Sources.Concat(retrieval.Clauses).DistinctBy(c => c.Id).Take(_options.MaxSources).ToList();
            yield return new AnswerStreamEvent("sources") { Citations = Citations(sources) };
            var written = new StringBuilder();
            var chat = LlmAnswerer.BuildChat(resolved, sources, history);
            await using var pieces = _llm.StreamAsync(chat, cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                string piece;
                try
                {
                    if (!await pieces.MoveNextAsync().ConfigureAwait(false)) break;
                    piece = pieces.Current;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.ClientModel.ClientResultException
                    or Microsoft.SemanticKernel.HttpOperationException && !cancellationToken.IsCancellationRequested)
                {
                    note = "Mô hình ngôn ngữ không phản hồi; câu trả lời dưới đây trích nguyên văn từ văn bản.";
                    written.Clear();
                    break;
                }
                written.Append(piece);
                yield return new AnswerStreamEvent("delta") { Text = piece };
            }
            if (written.Length > 0)
            {
                var gated = _gate.Verify(written.ToString(), GateSources(sources), knowledge);
                var modelRefused = written.ToString().Contains(AnswerResult.NotFound, StringComparison.Ordinal);
                if (gated.HasVerifiedCitation || modelRefused)
                {
                    var llmDraft = modelRefused && !gated.HasVerifiedCitation
                        ? Refusals.Create(AnswerModes.Llm, null, sources)
                        : new DraftAnswer(gated.Text, AnswerModes.Llm, sources, Refused: false);
                    foreach (var e in Finish(request, resolved, question, llmDraft, llmDraft.Refused ? VerificationReport.Empty : gated.Report, note, clock, features)) yield return e;
                    yield break;
                }
                note = "Câu trả lời của mô hình ngôn ngữ không qua được bước kiểm chứng nguồn; câu trả lời dưới đây trích nguyên văn từ văn bản.";
            }
        }
        else
        {
            yield return new AnswerStreamEvent("sources") { Citations = Citations(draft.Refused ? [] : draft.Sources) };
            yield return new AnswerStreamEvent("delta") { Text = draft.Text };
        }
        var report = _gate.Verify(draft.Text, GateSources(draft.Refused ? draft.Closest : draft.Sources), knowledge, draft.Refused);
        (draft, report) = NothingQuoted.Apply(draft, report, refusal => _gate.Verify(refusal.Text, GateSources(refusal.Closest), knowledge, refusal: true));
        var final = draft with { Text = report.Text };
        foreach (var e in Finish(request, resolved, question, final, report.Report, note, clock, features)) yield return e;
    }

    private IEnumerable<AnswerStreamEvent> Finish(
        AnswerRequest request, string resolved, QuestionAnalysis question, DraftAnswer draft, VerificationReport report, string? note, Stopwatch clock,
        IReadOnlyList<double>? features)
    {
        yield return new AnswerStreamEvent("verification") { Verification = report };
        var result = new AnswerResult(request.Question, draft.Text, draft.Mode, Citations(draft.Sources), draft.Refused)
        {
            ResolvedQuestion = resolved == TextSanitizer.Clean(request.Question).Trim() ? null : resolved,
            Closest = Citations(draft.Closest),
            Verification = report,
            SessionId = request.SessionId,
            TookMs = clock.ElapsedMilliseconds,
            Intent = question.Intent.ToString().ToLowerInvariant(),
            Note = note,
            Choices = draft.Choices,
            CalibrationFeatures = features,
        };
        if (request.SessionId is { } session && _conversations is not null)
        {
            _conversations.Append(session, new ChatTurn(request.Question, draft.Text) { ResolvedQuestion = result.ResolvedQuestion, CitedClauseIds = result.CitedClauseIds() });
        }
        yield return new AnswerStreamEvent("done") { Result = result };
    }

    /// <summary>
    /// The follow-up's answer from the clauses the latest turn quoted (<see cref="CitedFollowUp"/>), when it passes the
    /// answer checks; null otherwise.
    /// </summary>
    private DraftAnswer? FromCited(string asked, QuestionAnalysis question, IReadOnlyList<ChatTurn> history, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame)
    {
        if (history.Count == 0 || history[^1]?.CitedClauseIds is not { Count: > 0 } cited) return null;
        var draft = CitedFollowUp.TryAnswer(asked, _analyzer.Analyze(asked, knowledge), cited, history[^1].Answer, knowledge, frame);
        if (draft is null) return null;
        var checkedDraft = AnswerEvidenceCheck.Apply(question, AskedSlotCheck.Apply(question, draft, followUp: true), knowledge, _knowledgeBase.Store.GetClauses);
        return checkedDraft.Refused ? null : checkedDraft;
    }

    /// <summary>
    /// The documents of the clauses the latest turn quoted, in order, but for one of another place than
    /// <paramref name="question"/> names ("Còn Hà Tĩnh thì sao?" after a Thanh Hóa plan was quoted asks about Hà Tĩnh);
    /// empty when it quoted none.
    /// </summary>
    private static List<DocumentProfile> PreviousDocuments(IReadOnlyList<ChatTurn> history, KnowledgeSnapshot knowledge, QuestionAnalysis question) =>
        history.Count == 0 || history[^1]?.CitedClauseIds is not { Count: > 0 } cited ? []
            : cited.Select(id => id.Split('/')[0]).Distinct(StringComparer.Ordinal)
                .Select(id => knowledge.Documents.GetValueOrDefault(id)).OfType<DocumentProfile>()
                .Where(d => question.Places.Count == 0 || d.Places.Count == 0 || d.Places.Overlaps(question.Places)).ToList();

    /// <summary>Throws <see cref="AnsweringException"/> when the request cannot be answered as asked (before any streaming).</summary>
    public static void Validate(AnswerRequest request) => AnswerRequestValidator.Validate(request);

    private static List<AnswerCitation> Citations(IReadOnlyList<RetrievedClause> clauses) =>
        clauses.Select((c, i) => new AnswerCitation(i + 1, c.Id, c.Clause.DocumentId, c.Document.DisplayName, c.LabelPath, c.Clause.Text)
        {
            Section = c.Section,
            DocumentTitle = c.Document.Document.Metadata.Title,
            FileName = c.Document.Document.Source,
        }).ToList();

    private static List<GateSource> GateSources(IReadOnlyList<RetrievedClause> clauses) =>
        clauses.Select((c, i) => new GateSource(i + 1, c.Clause.Text, c.FrameText + " " + c.Section, c.Document.Document.Metadata.Number)).ToList();
}
