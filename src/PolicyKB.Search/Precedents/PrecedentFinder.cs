using System.Diagnostics;
using PolicyKB.Search.Fusion;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Vectors;
using PolicyKB.Storage;

namespace PolicyKB.Search.Precedents;

/// <summary>
/// Finds how other documents worded the same thing: candidates from keyword search over the input's words and from
/// embedding search, fused by reciprocal rank, restricted to other documents; then each candidate is compared word
/// by word with the input, and near-duplicates (≥ 80% of words shared) come first.
/// </summary>
public sealed class PrecedentFinder
{
    /// <summary>Word overlap from which a precedent counts as a near-duplicate.</summary>
    public const double NearDuplicateThreshold = 0.8;

    private const int CandidatePool = 100;

    private readonly IDocumentStore _store;
    private readonly IKeywordIndex _keyword;
    private readonly ISemanticIndex? _semantic;
    private readonly KeywordQueryBuilder _queries;
    private readonly ReciprocalRankFusion _fusion = new();

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

        var keywordIds = new List<string>();
        var terms = QueryTermsParser.Parse(input);
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
        foreach (var (candidateId, score) in _fusion.Fuse((keywordIds, 1.0), (semanticIds, 1.0)))
        {
            if (results.Count >= request.Top * 3) break;
            var clause = _store.GetClause(candidateId);
            if (clause is null || clause.DocumentId == ownDocument || clause.Id == request.ClauseId) continue;
            if (!documents.TryGetValue(clause.DocumentId, out var document)) documents[clause.DocumentId] = document = _store.GetDocument(clause.DocumentId);
            if (document is null || !DocumentFilter.Matches(document, request.Filters)) continue;
            if (request.Filters.Kind is { } kind && !clause.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase)) continue;
            // A bare heading ("II. MỤC TIÊU") is no precedent for a sentence a drafter is writing.
            if (inputWords >= 12 && QueryTermsParser.Parse(clause.Text).Words.Count < Math.Min(8, inputWords / 3)) continue;
            var diff = WordDiff.Compute(input, clause.Text);
            var similarity = Math.Round(WordDiff.Similarity(diff), 4);
            results.Add(new SimilarClause(clause.Id, clause.DocumentId, document.Source, clause.Path, clause.Label, clause.Heading, clause.Text,
                Math.Round(score, 6), similarity, similarity >= NearDuplicateThreshold, diff)
            {
                DocumentType = document.Metadata.Type,
                DocumentNumber = document.Metadata.Number,
                DocumentTitle = document.Metadata.Title,
                Issuer = document.Metadata.Issuer,
                Year = document.Metadata.IssuedOn?.Year,
                IssuedOn = document.Metadata.IssuedOn?.ToString(),
            });
        }
        // Near-duplicates first; then relevance (fused rank, scaled to 0–1) and wording overlap weigh equally.
        var best = results.Count == 0 ? 1 : results.Max(r => r.Score);
        var ordered = results
            .OrderByDescending(r => r.NearDuplicate)
            .ThenByDescending(r => r.NearDuplicate ? r.Similarity : 0.5 * r.Score / best + 0.5 * r.Similarity)
            .Take(request.Top)
            .ToList();
        return new SimilarResponse(input, request.ClauseId, clock.ElapsedMilliseconds, ordered);
    }
}
