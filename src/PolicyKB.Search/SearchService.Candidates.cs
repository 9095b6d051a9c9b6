using PolicyKB.Search.Fusion;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.ReadModel;
using PolicyKB.Search.References;
using PolicyKB.Search.Vectors;

namespace PolicyKB.Search;

/// <summary>Candidate lists of search: the embedding, related-wording and printed-number candidates, and their filters and weights.</summary>
public sealed partial class SearchService
{
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

    private static List<(string Id, double Score)> Ranked(List<string> ids) => ids.Select((id, i) => (id, 1.0 / (i + 1))).ToList();

    /// <summary>Filters for embedding search: document-level facets come from the read model, kind from the vector entry.</summary>
    private static Func<VectorEntry, bool>? Allow(SearchFilters filters, ReadModelSnapshot snapshot)
    {
        if (filters.IsEmpty) return null;
        var allowed = snapshot.Documents.Where(d => DocumentFilter.Matches(d, filters)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var kind = filters.Kind?.ToLowerInvariant();
        return e => allowed.Contains(e.DocumentId) && (kind is null || e.Kind == kind);
    }
}
