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
/// with weights 1, 0.25 (less beyond 24 words: <see cref="SemanticFullWeightWords"/>; 0 for a query typed without diacritics: <see cref="UnaccentedSemanticFactor"/>), 0.5)
/// and, when a translation table is configured (<see cref="ConfigureTranslation"/>), keyword widened with the query's formal wording, then — when a <see cref="Reranker"/> is set and enabled — the best fused candidates
/// reordered by a learned model (<see cref="RerankStage"/>). A query that names a document ("QĐ 281", "Chỉ thị 25-CT/TW") puts the clauses
/// citing that document first, whatever the mode.
/// </summary>
public sealed partial class SearchService
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
        var translatedIds = request.Mode == SearchMode.Hybrid ? TranslatedCandidates(request, terms) : [];

        IReadOnlyList<(string Id, double Score)> fused = request.Mode switch
        {
            SearchMode.Keyword => Ranked(keywordIds),
            SearchMode.Semantic when _semantic is not null => Ranked(semanticIds),
            SearchMode.Semantic => Ranked(keywordIds),
            _ => _fusion.Fuse((keywordIds, 1.0), (semanticIds, SemanticListWeight(terms)), (relatedIds, RelatedListWeight), (translatedIds, TranslationSettings.ListWeight)),
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
        var lexical = keywordIds.Concat(relatedIds).Concat(translatedIds).ToHashSet(StringComparer.Ordinal);
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
}
