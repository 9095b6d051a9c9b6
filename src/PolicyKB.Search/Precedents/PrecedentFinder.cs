using System.Diagnostics;
using PolicyKB.Search.Fusion;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Vectors;
using PolicyKB.Storage;

namespace PolicyKB.Search.Precedents;

/// <summary>
/// Finds how other documents worded the same thing: candidates from keyword search over the input's words (template
/// text left out) and from embedding search, fused by reciprocal rank, restricted to other documents; then each
/// candidate is compared word by word with the input (<see cref="WordDiff.Compare"/>, words weighted by
/// <see cref="WordWeights"/> so form labels and signature lines do not decide), and the results are sorted by that
/// similarity, the figure the reader sees. Near-duplicates (≥ 80%) are marked.
/// </summary>
public sealed class PrecedentFinder
{
    /// <summary>Word overlap from which a precedent counts as a near-duplicate.</summary>
    public const double NearDuplicateThreshold = 0.8;

    /// <summary>Similarity below which shared phrases are shown instead of a word diff.</summary>
    public const double PhrasesBelow = 0.5;

    private const int CandidatePool = 100;

    private readonly IDocumentStore _store;
    private readonly IKeywordIndex _keyword;
    private readonly ISemanticIndex? _semantic;
    private readonly KeywordQueryBuilder _queries;
    private readonly ReciprocalRankFusion _fusion = new();
    private readonly Lock _weightsLock = new();
    private (long Version, WordWeights Weights)? _weights;

    /// <summary>Creates the finder.</summary>
    public PrecedentFinder(IDocumentStore store, IKeywordIndex keyword, ISemanticIndex? semantic, SynonymTable synonyms)
    {
        _store = store;
        _keyword = keyword;
        _semantic = semantic;
        _queries = new KeywordQueryBuilder(synonyms);
    }

    /// <summary>Finds precedents. Throws <see cref="SearchQueryException"/> for a request that cannot be run as asked.</summary>
    public async Task<SimilarResponse> FindAsync(SimilarRequest request, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (request.Top is < 1 or > 50) throw new SearchQueryException("Số kết quả (top) phải từ 1 đến 50.");
        if ((request.ClauseId is null) == (request.Text is null)) throw new SearchQueryException("Hãy gửi đúng một trong hai: mã điều khoản hoặc đoạn văn bản.");

        string input;
        string? ownDocument = null;
        if (request.ClauseId is { } clauseId)
        {
            var clause = _store.GetClause(clauseId) ?? throw new KeyNotFoundException($"Không có điều khoản '{clauseId}'.");
            input = clause.Text;
            ownDocument = clause.DocumentId;
        }
        else
        {
            input = request.Text!.Trim();
            if (input.Length == 0) throw new SearchQueryException("Hãy dán đoạn văn bản cần tìm cách viết tương tự.");
            if (input.Length > SimilarRequest.MaxTextLength)
            {
                throw new SearchQueryException($"Đoạn văn bản dài {input.Length} ký tự, vượt giới hạn {SimilarRequest.MaxTextLength}; hãy dán một điều khoản.");
            }
        }

        var weights = Weights();
        var keywordIds = new List<string>();
        var terms = QueryTermsParser.Parse(WithoutTemplate(input, weights));
        if (_queries.Build(terms with { Phrases = [] }) is { } query)
        {
            keywordIds.AddRange(_keyword.Search(query, request.Filters, CandidatePool).Select(h => h.ClauseId));
        }
        var semanticIds = new List<string>();
        if (_semantic is not null)
        {
            var hits = request.ClauseId is { } id
                ? _semantic.SearchSimilar(id, CandidatePool, null)
                : await _semantic.SearchAsync(input, CandidatePool, null, cancellationToken).ConfigureAwait(false);
            semanticIds.AddRange(hits.Select(h => h.ClauseId));
        }

        var inputWords = terms.Words.Count;
        var documents = new Dictionary<string, Documents.PolicyDocument?>(StringComparer.Ordinal);
        var results = new List<SimilarClause>();
        var fused = _fusion.Fuse((keywordIds, 1.0), (semanticIds, 1.0));
        var indexed = _keyword.GetClauses(fused.Take(CandidatePool).Select(f => f.Id).ToList());
        foreach (var (candidateId, score) in fused)
        {
            if (results.Count >= request.Top * 3) break;
            var clause = indexed.GetValueOrDefault(candidateId);
            if (clause is null || clause.DocumentId == ownDocument || clause.ClauseId == request.ClauseId) continue;
            if (!documents.TryGetValue(clause.DocumentId, out var document)) documents[clause.DocumentId] = document = _store.GetDocument(clause.DocumentId);
            if (document is null || !DocumentFilter.Matches(document, request.Filters)) continue;
            if (request.Filters.Kind is { } kind && !clause.Kind.Equals(kind, StringComparison.OrdinalIgnoreCase)) continue;
            // A bare heading ("II. MỤC TIÊU") is no precedent for a sentence a drafter is writing.
            if (inputWords >= 12 && QueryTermsParser.Parse(clause.Text).Words.Count < Math.Min(8, inputWords / 3)) continue;
            var comparison = WordDiff.Compare(input, clause.Text, weights);
            var similarity = Math.Round(comparison.Similarity, 4);
            results.Add(new SimilarClause(clause.ClauseId, clause.DocumentId, document.Source, clause.Path, clause.Label, clause.Heading, clause.Text,
                Math.Round(score, 6), similarity, similarity >= NearDuplicateThreshold, comparison.Diff)
            {
                Shared = comparison.Shared,
                View = similarity < PhrasesBelow ? PrecedentViews.Phrases : PrecedentViews.Diff,
                DocumentType = document.Metadata.Type,
                DocumentNumber = document.Metadata.Number,
                DocumentTitle = document.Metadata.Title,
                Issuer = document.Metadata.Issuer,
                Year = document.Metadata.IssuedOn?.Year,
                IssuedOn = document.Metadata.IssuedOn?.ToString(),
            });
        }
        // Retrieval chose the candidates; the order is the similarity shown, so a list never reads 40 % above 70 %.
        var ordered = results
            .OrderByDescending(r => r.Similarity)
            .ThenByDescending(r => r.Score)
            .Take(request.Top)
            .ToList();
        return new SimilarResponse(input, request.ClauseId, clock.ElapsedMilliseconds, ordered);
    }

    /// <summary>The word weights learnt from the stored clauses, learnt again when the indexed documents change.</summary>
    private WordWeights Weights()
    {
        var indexed = _keyword.IndexedDocuments();
        long version = indexed.Count;
        // A sum, so the order the index lists its documents in does not matter.
        foreach (var (id, hash) in indexed) version = unchecked(version + (31L * StringComparer.Ordinal.GetHashCode(id) ^ StringComparer.Ordinal.GetHashCode(hash)));
        lock (_weightsLock)
        {
            if (_weights is { } known && known.Version == version) return known.Weights;
            var clauses = _store.ListDocuments().SelectMany(d => _store.GetClauses(d.Id).Select(c => (d.Id, c.Text)));
            var weights = WordWeights.Learn(clauses);
            _weights = (version, weights);
            return weights;
        }
    }

    /// <summary>The input's words outside template text, which would otherwise fetch every form-like clause.</summary>
    private static string WithoutTemplate(string input, WordWeights weights)
    {
        var tokens = WordTokenizer.Tokenize(input);
        var weight = weights.Weigh(tokens);
        var kept = string.Concat(tokens.Where((t, i) => weight[i] > 0 || !t.IsWord).Select(t => t.Text));
        return kept.Any(char.IsLetter) ? kept : input;
    }
}
