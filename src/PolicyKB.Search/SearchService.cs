using System.Diagnostics;
using PolicyKB.Documents;
using PolicyKB.Search.Analysis;
using PolicyKB.Search.Fusion;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.ReadModel;
using PolicyKB.Search.References;
using PolicyKB.Search.Rerank;
using PolicyKB.Search.Vectors;
using PolicyKB.Storage;

namespace PolicyKB.Search;

/// <summary>
/// Answers searches: keyword (BM25 over the Vietnamese analyzer, with abbreviations), semantic (embeddings; the query
/// vector blended with its related wording from the thesaurus) or hybrid (keyword, semantic and — when the thesaurus
/// knows the query's words — keyword widened with their related wording, fused by <see cref="ReciprocalRankFusion"/>
/// with weights 1, 0.25 (less beyond 24 words: <see cref="SemanticFullWeightWords"/>; 0 for a query typed without diacritics: <see cref="UnaccentedSemanticFactor"/>), 0.5), then — when a <see cref="Reranker"/> is set and enabled — the best fused candidates
/// reordered by a learned model (<see cref="RerankStage"/>). A query that names a document ("QĐ 281", "Chỉ thị 25-CT/TW") puts the clauses
/// citing that document first, whatever the mode.
/// </summary>
public sealed class SearchService
{
    private const int CandidatePool = 100;

    private readonly IDocumentStore _store;
    private readonly IKeywordIndex _keyword;
    private readonly ISemanticIndex? _semantic;
    private readonly KeywordQueryBuilder _queryBuilder;
    private readonly SynonymTable _synonyms;
    private readonly SemanticQueryExpander _expander;
    private readonly KeywordQueryBuilder _relatedBuilder;
    private readonly SemanticQueryExpander _relatedOnly;
    private readonly SemanticQueryExpander _abbreviations;
    private readonly ReciprocalRankFusion _fusion = new();
    private readonly HighlightFinder _highlighter = new();
    private readonly MatchQueryBuilder _matcher;
    private readonly SearchSuggester _suggester;

    /// <summary>
    /// Creates the service; <paramref name="semantic"/> may be null when no embedding model is available, and
    /// <paramref name="relatedTerms"/> (the thesaurus that widens embedding queries) empty.
    /// </summary>
    public SearchService(IDocumentStore store, IKeywordIndex keyword, ISemanticIndex? semantic, SynonymTable synonyms, SynonymTable? relatedTerms = null)
    {
        _expander = new SemanticQueryExpander(relatedTerms ?? SynonymTable.Empty, synonyms);
        _relatedBuilder = new KeywordQueryBuilder(relatedTerms ?? SynonymTable.Empty);
        _relatedOnly = new SemanticQueryExpander(relatedTerms ?? SynonymTable.Empty);
        _abbreviations = new SemanticQueryExpander(synonyms);
        _store = store;
        ReadModel = new SearchReadModel(store);
        _keyword = keyword;
        _semantic = semantic;
        _synonyms = synonyms;
        _queryBuilder = new KeywordQueryBuilder(synonyms);
        _matcher = new MatchQueryBuilder(synonyms);
        _suggester = new SearchSuggester(synonyms, _matcher, keyword);
    }

    /// <summary>
    /// Least cosine similarity for a clause found by embeddings alone to be shown, as "Có thể liên quan". On the dev half
    /// of tests/eval/nothing-found-queries.jsonl the best similarity of off-topic and gibberish queries spread from 0.34 to
    /// 0.75, while the tenth hit of the paraphrase queries sat at 0.41–0.67: a floor cannot separate them, so it only
    /// drops the clearly unrelated (0.45); gibberish is kept out by requiring some query word to occur in the index,
    /// and the count stays honest because only keyword matches are counted. Overridable with POLICYKB_SEMANTIC_FLOOR.
    /// </summary>
    public float SemanticFloor { get; init; } =
        float.TryParse(Environment.GetEnvironmentVariable("POLICYKB_SEMANTIC_FLOOR"), System.Globalization.CultureInfo.InvariantCulture, out var f) ? f : 0.45f;

    /// <summary>
    /// Weight of the embedding list in hybrid fusion, relative to keyword's 1.0. Well below 1 because the domain model is
    /// a word-vector average: good at recall for paraphrases, weaker than BM25 at the top ranks, and weaker still on a
    /// reader's long everyday question (semantic alone MRR@10 0.20 on the dev everyday ↔ formal pairs, keyword 0.68).
    /// 0.25 was chosen on the dev half of tests/eval/seed-queries.jsonl and the dev split of the pairs, both never
    /// trained on (tests/eval/rerank.md): against 0.5, 0.1 and 1.0 it gave the best hybrid + rerank on both.
    /// Overridable with the environment variable POLICYKB_SEMANTIC_WEIGHT for experiments.
    /// </summary>
    public double SemanticWeight { get; init; } =
        double.TryParse(Environment.GetEnvironmentVariable("POLICYKB_SEMANTIC_WEIGHT"), System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : DefaultSemanticWeight;

    /// <summary>
    /// Queries up to this many words fuse the embedding list at <see cref="SemanticWeight"/>; longer ones at a weight
    /// shrinking with their length (<see cref="LongQueryWeight"/>); 0 keeps the weight for every length. On the dev
    /// split of the pairs (tests/eval/rerank.md) hybrid MRR@10 rose the lower the bound: 0.576 (no shrinking), 0.650
    /// (24 words), 0.682 (12), 0.702 (8); but from 8 words the shrinking also reaches typed paraphrases, whose recall
    /// lives on the embedding list (hybrid R@10 on the judged paraphrases 0.763 → 0.719 at 8, below the CI margin
    /// over keyword). 24 words, longer than any typed search in the judged sets, keeps it to questions told with a
    /// story. Overridable with POLICYKB_SEMANTIC_LONG_WORDS for experiments.
    /// </summary>
    public int SemanticFullWeightWords { get; init; } =
        int.TryParse(Environment.GetEnvironmentVariable("POLICYKB_SEMANTIC_LONG_WORDS"), out var n) ? n : DefaultSemanticFullWeightWords;

    /// <summary>
    /// Share of <see cref="SemanticWeight"/> the embedding list keeps for a query typed without diacritics
    /// (<see cref="UnaccentedQueryWeight"/>). Chosen on dev sets only (tests/eval/rerank.md, round 4): hybrid + rerank
    /// MRR@10 on the dev half of tests/eval/paraphrase-dev.jsonl 0.578 (1, as before), 0.598 (0.5), 0.607 (0.2),
    /// 0.631 (0), the seed dev half unchanged at 0.902. Overridable with POLICYKB_SEMANTIC_UNACCENTED for experiments.
    /// </summary>
    public double UnaccentedSemanticFactor { get; init; } =
        double.TryParse(Environment.GetEnvironmentVariable("POLICYKB_SEMANTIC_UNACCENTED"), System.Globalization.CultureInfo.InvariantCulture, out var u) ? u : DefaultUnaccentedSemanticFactor;

    /// <summary>Default of <see cref="UnaccentedSemanticFactor"/>.</summary>
    public const double DefaultUnaccentedSemanticFactor = 0;

    /// <summary>Default of <see cref="SemanticFullWeightWords"/>.</summary>
    public const int DefaultSemanticFullWeightWords = 24;

    /// <summary>Default of <see cref="SemanticWeight"/>.</summary>
    public const double DefaultSemanticWeight = 0.25;

    /// <summary>
    /// Weight of the related wording's vector blended into an embedding query's, the query's own counting 1 (0.3:
    /// semantic R@10 on the seed evaluation .726 → .743; 0.6 and 1.0 drown the query's own words). Overridable with
    /// POLICYKB_RELATED_WEIGHT for experiments.
    /// </summary>
    public float RelatedWeight { get; init; } =
        float.TryParse(Environment.GetEnvironmentVariable("POLICYKB_RELATED_WEIGHT"), System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : 0.3f;

    /// <summary>
    /// Weight, in hybrid fusion, of a third list: keyword search with the query's related wording added (as the
    /// abbreviations are), run only when the thesaurus knows one of the query's expressions. It lets a clause that
    /// uses the official word for what the query says in everyday words ("người cao tuổi" for "người già") rank by
    /// BM25 too. Overridable with POLICYKB_RELATED_LIST_WEIGHT for experiments.
    /// </summary>
    public double RelatedListWeight { get; init; } =
        double.TryParse(Environment.GetEnvironmentVariable("POLICYKB_RELATED_LIST_WEIGHT"), System.Globalization.CultureInfo.InvariantCulture, out var l) ? l : 0.5;

    /// <summary>The learned <c>rerank</c> stage of hybrid search, when its model is loaded.</summary>
    public RerankStage? Reranker { get; set; }

    /// <summary>Whether hybrid search reranks when the request does not say (PolicyKB:Search:Rerank:Enabled).</summary>
    public bool RerankByDefault { get; set; }

    /// <summary>
    /// Loads the rerank stage named by <paramref name="options"/> (paths from <see cref="PolicyKbPaths.Resolve"/>) and
    /// makes it the default when enabled; without the model file hybrid search stays unreranked. Returns the stage.
    /// A model file this version cannot read stops start-up only when the stage is enabled: switched off, it must not
    /// take ingestion and search down with it.
    /// </summary>
    public RerankStage? ConfigureRerank(RerankOptions options)
    {
        try
        {
            Reranker = RerankStage.Load(options, PolicyKbPaths.Resolve);
        }
        catch (InvalidDataException) when (!options.Enabled)
        {
            Reranker = null;
        }
        RerankByDefault = options.Enabled && Reranker is not null;
        return Reranker;
    }

    /// <summary>Sees the signals of every reranked query (train-reranker collects its features through it).</summary>
    public Action<string, RerankSignals>? RerankObserver { get; set; }

    /// <summary>True when embedding search is available.</summary>
    public bool HasSemantic => _semantic is not null;

    /// <summary>What search reads instead of the store: documents, citations and leading clauses, held by this node.</summary>
    public SearchReadModel ReadModel { get; }

    /// <summary>Forgets cached documents and citation keys (reloaded at the next search); call after documents change.</summary>
    public void Invalidate() => ReadModel.Invalidate();

    /// <summary>Runs a search. Throws <see cref="SearchQueryException"/> for a query that cannot be run as asked.</summary>
    public async Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        Validate(request);
        var terms = QueryTermsParser.Parse(request.Query);
        var snapshot = ReadModel.Current;
        var references = snapshot.References.Resolve(request.Query);
        var named = snapshot.Numbers.Find(request.Query, request.Filters);

        // The embedding scan runs on another core while Lucene searches. A hybrid query that is nothing but a
        // reference the fast path resolved ("QĐ 281", "Chỉ thị 25-CT/TW") is decided by the named and citing
        // clauses: an embedding of a number adds nothing but time, so the scan is skipped.
        var referenceOnly = request.Mode == SearchMode.Hybrid && (named.Count > 0 || references.Count > 0) && ReferenceQueryParser.IsReferenceOnly(request.Query);
        var semanticTask = request.Mode == SearchMode.Keyword || referenceOnly ? null : Task.Run(() => SemanticCandidatesAsync(request, snapshot, cancellationToken), cancellationToken);
        var keywordHits = request.Mode != SearchMode.Semantic && _queryBuilder.Build(terms) is { } query
            ? _keyword.Search(query, request.Filters, CandidatePool)
            : [];
        var keywordIds = keywordHits.Select(h => h.ClauseId).ToList();
        var (semanticHits, note) = semanticTask is null ? ([], null) : await semanticTask.ConfigureAwait(false);
        var semanticIds = semanticHits.Select(h => h.ClauseId).ToList();
        var relatedIds = request.Mode == SearchMode.Hybrid ? RelatedKeywordCandidates(request, terms) : [];

        IReadOnlyList<(string Id, double Score)> fused = request.Mode switch
        {
            SearchMode.Keyword => Ranked(keywordIds),
            SearchMode.Semantic when _semantic is not null => Ranked(semanticIds),
            SearchMode.Semantic => Ranked(keywordIds),
            _ => _fusion.Fuse((keywordIds, 1.0), (semanticIds, SemanticListWeight(terms)), (relatedIds, RelatedListWeight)),
        };

        // Reference fast path: the documents named by their own number (title, then first clause), then the clauses
        // citing a named document, in fused order, then the rest.
        var namedIds = named.SelectMany(ReadModel.Leading).ToList();
        var citing = references.Count == 0 ? [] : _keyword.FindCiting(references, request.Filters, 500).Select(h => h.ClauseId).ToHashSet(StringComparer.Ordinal);
        if (named.Count == 0 && references.Count == 0) citing.UnionWith(PrintedNumber(request));
        var reranker = request.Mode == SearchMode.Hybrid && (request.Rerank ?? RerankByDefault) ? Reranker : null;
        if (request.Mode == SearchMode.Hybrid && (reranker is not null || RerankObserver is not null))
        {
            var signals = new RerankSignals(
                keywordHits.Select(h => (h.ClauseId, h.Score)).ToList(), semanticHits.Select(h => (h.ClauseId, h.Score)).ToList(), relatedIds, fused,
                _relatedOnly.Related(request.Query), namedIds.Concat(citing).ToHashSet(StringComparer.Ordinal), _abbreviations.Related(request.Query));
            RerankObserver?.Invoke(request.Query, signals);
            if (reranker is not null) fused = reranker.Reorder(request.Query, signals, _keyword);
        }
        var ordered = namedIds.Select(id => (Id: id, Score: 0.0))
            .Concat(fused.Where(f => citing.Contains(f.Id)))
            .Concat(citing.Except(fused.Select(f => f.Id)).Select(id => (Id: id, Score: 0.0)))
            .Concat(fused.Where(f => !citing.Contains(f.Id)))
            .DistinctBy(f => f.Id, StringComparer.Ordinal)
            .ToList();

        // What really matches (all the words, a named document, a citing clause) is counted and listed; the rest is
        // only "related", and a clause found by meaning alone must be close enough to show at all.
        var (total, matching) = _matcher.Build(terms) is { } strict
            ? _keyword.Match(strict, request.Filters, ordered.Select(o => o.Id).ToList())
            : (0, new HashSet<string>());
        var leading = namedIds.Concat(citing).ToHashSet(StringComparer.Ordinal);
        total += leading.Count(id => !matching.Contains(id));
        bool Matches(string id) => matching.Contains(id) || leading.Contains(id);
        var lexical = keywordIds.Concat(relatedIds).ToHashSet(StringComparer.Ordinal);
        var similarity = semanticHits.ToDictionary(h => h.ClauseId, h => h.Score, StringComparer.Ordinal);
        // Nearest neighbours of words no clause holds ("xkcd qwzt") mean nothing, however close their vectors come.
        // In semantic mode the user asked for meaning alone: the list is kept whole (only the count stays strict).
        var knownWords = lexical.Count > 0;
        bool CloseEnough(string id) => request.Mode == SearchMode.Semantic || lexical.Contains(id)
            || (knownWords && similarity.GetValueOrDefault(id) >= SemanticFloor);
        // Ranking is unchanged; each hit says whether it really matches, so a list can group the others apart.
        var shown = ordered.Where(o => Matches(o.Id) || CloseEnough(o.Id)).ToList();
        var pageIds = shown.Skip(request.Offset).Take(request.Top).ToList();
        var indexed = _keyword.GetClauses(pageIds.Select(p => p.Id).ToList());
        var words = HighlightWords.From(terms, _synonyms);
        var namedSet = named.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var page = pageIds
            .Select(f => Hydrate(f.Id, f.Score, indexed, snapshot, words, references, citing.Contains(f.Id)))
            .OfType<SearchHit>()
            .Select(h => h with { Matches = Matches(h.ClauseId), InNamedDocument = namedSet.Contains(h.DocumentId) })
            .ToList();
        return new SearchResponse(request.Query, request.Mode.ToString().ToLowerInvariant(), clock.ElapsedMilliseconds, page)
        {
            References = references,
            NamedDocuments = named.Select(d => d.Id).ToList(),
            Total = total,
            Shown = shown.Count,
            Suggestions = total == 0 ? _suggester.Suggest(request) : [],
            Note = note,
        };
    }

    /// <summary>The embedding list's weight in hybrid fusion for this query: shrunk for long questions and for accent-less typing.</summary>
    private double SemanticListWeight(QueryTerms terms) =>
        UnaccentedQueryWeight.Of(LongQueryWeight.Of(SemanticWeight, terms.Words.Count, SemanticFullWeightWords), terms.Words, UnaccentedSemanticFactor);

    /// <summary>Clauses printing a number the query names that is neither a known document nor a known citation ("Nghị định 80-CP").</summary>
    private IEnumerable<string> PrintedNumber(SearchRequest request) =>
        NumberReferenceReader.Read(request.Query, _ => true) is var (reference, _) && NumberTextQuery.Build(reference) is { } query
            ? _keyword.Search(query, request.Filters, 100).Select(h => h.ClauseId)
            : [];

    /// <summary>Keyword candidates of the query widened with its related wording; none when the thesaurus has nothing for it.</summary>
    private List<string> RelatedKeywordCandidates(SearchRequest request, QueryTerms terms)
    {
        if (RelatedListWeight <= 0 || _relatedOnly.Related(request.Query) is null || _relatedBuilder.Build(terms) is not { } wide) return [];
        return _keyword.Search(wide, request.Filters, CandidatePool).Select(h => h.ClauseId).ToList();
    }

    /// <summary>The embedding search's candidates, or none with a note saying why semantic results are missing.</summary>
    private async Task<(IReadOnlyList<VectorHit> Hits, string? Note)> SemanticCandidatesAsync(SearchRequest request, ReadModelSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (_semantic is null) return ([], "Tìm theo ngữ nghĩa chưa sẵn sàng (chưa có mô hình nhúng); kết quả theo từ khoá.");
        try
        {
            var related = _expander.Related(request.Query);
            var hits = related is null
                ? await _semantic.SearchAsync(request.Query, CandidatePool, Allow(request.Filters, snapshot), cancellationToken).ConfigureAwait(false)
                : await _semantic.SearchAsync(request.Query, related, RelatedWeight, CandidatePool, Allow(request.Filters, snapshot), cancellationToken).ConfigureAwait(false);
            return (hits, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or Providers.EmbeddingServiceException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // A remote embedding server that is down must not take search down with it.
            return ([], "Máy chủ mô hình nhúng không phản hồi; kết quả chỉ theo từ khoá.");
        }
    }

    private static void Validate(SearchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query)) throw new SearchQueryException("Hãy nhập nội dung cần tìm.");
        if (request.Query.Length > QueryTerms.MaxLength)
        {
            throw new SearchQueryException($"Câu tìm kiếm dài {request.Query.Length} ký tự, vượt giới hạn {QueryTerms.MaxLength} ký tự; hãy rút gọn.");
        }
        if (request.Top is < 1 or > SearchRequest.MaxTop) throw new SearchQueryException($"Số kết quả (top) phải từ 1 đến {SearchRequest.MaxTop}.");
        if (request.Offset < 0) throw new SearchQueryException("Vị trí bắt đầu (offset) không được âm.");
        if (QueryTermsParser.Parse(request.Query).IsEmpty) throw new SearchQueryException("Câu tìm kiếm không có từ nào để tìm (chỉ có dấu câu hoặc ký hiệu).");
    }

    private static List<(string Id, double Score)> Ranked(List<string> ids) => ids.Select((id, i) => (id, 1.0 / (i + 1))).ToList();

    /// <summary>Filters for embedding search: document-level facets come from the read model, kind from the vector entry.</summary>
    private static Func<VectorEntry, bool>? Allow(SearchFilters filters, ReadModelSnapshot snapshot)
    {
        if (filters.IsEmpty) return null;
        var allowed = snapshot.Documents.Where(d => DocumentFilter.Matches(d, filters)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var kind = filters.Kind?.ToLowerInvariant();
        return e => allowed.Contains(e.DocumentId) && (kind is null || e.Kind == kind);
    }

    private SearchHit? Hydrate(
        string clauseId, double score, IReadOnlyDictionary<string, IndexedClause> indexed, ReadModelSnapshot snapshot,
        HighlightWords words, IReadOnlyList<string> references, bool citesReference)
    {
        // The index holds what a result shows; the store is only asked for clauses the index does not have (an index
        // written before it stored text), and such a hit is left out while the store cannot be reached.
        var clause = indexed.GetValueOrDefault(clauseId) ?? (StoredClause(clauseId) is { } stored
            ? new IndexedClause(stored.Id, stored.DocumentId, stored.Label, stored.Heading, stored.Path, stored.Kind.ToString().ToLowerInvariant(), stored.Text)
            : null);
        if (clause is null) return null;
        var document = snapshot.Document(clause.DocumentId);
        var highlights = _highlighter.Find(clause.Text, words).ToList();
        if (citesReference)
        {
            foreach (var citation in snapshot.Citations(clause.DocumentId).Where(c => c.ClauseId == clauseId && references.Contains(c.Key)))
            {
                highlights.Add(new HighlightSpan(citation.Start, citation.Length));
            }
            highlights = highlights.OrderBy(h => h.Start).ToList();
        }
        return new SearchHit(clause.ClauseId, clause.DocumentId, document?.Source ?? "", clause.Path, clause.Label, clause.Heading, clause.Text, Math.Round(score, 6), highlights)
        {
            Kind = clause.Kind,
            DocumentType = document?.Metadata.Type,
            DocumentNumber = document?.Metadata.Number,
            DocumentTitle = document?.Metadata.Title,
            Issuer = document?.Metadata.Issuer,
            IssuedOn = document?.Metadata.IssuedOn?.ToString(),
            CitesQueriedDocument = citesReference,
        };
    }

    private Clause? StoredClause(string clauseId)
    {
        try
        {
            return _store.GetClause(clauseId);
        }
        catch (StoreUnavailableException)
        {
            return null;
        }
    }
}
