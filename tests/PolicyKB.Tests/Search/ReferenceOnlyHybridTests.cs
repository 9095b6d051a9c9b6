using PolicyKB.Search;
using PolicyKB.Search.References;
using PolicyKB.Search.Vectors;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Search;

/// <summary>Hybrid search skips the embedding scan when the query is nothing but a reference the fast path resolved.</summary>
public sealed class ReferenceOnlyHybridTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Theory]
    [InlineData("QĐ 281", true)]
    [InlineData("Chỉ thị 25-CT/TW", true)]
    [InlineData("Quyết định số 281/QĐ-TTg ngày 05/4/2024", true)]
    [InlineData("qd 281/qd-ttg", true)]
    [InlineData("QĐ 281 bảo hiểm y tế", false)]
    [InlineData("KH 36 Hà Giang", false)]
    [InlineData("tỷ lệ 100%", false)]
    [InlineData("quyết định", false)]
    public void A_query_is_reference_only_when_every_word_belongs_to_a_document_number(string query, bool expected) =>
        Assert.Equal(expected, ReferenceQueryParser.IsReferenceOnly(query));

    [Fact]
    public async Task Hybrid_search_for_a_bare_document_number_answers_without_the_embedding_scan()
    {
        using var kb = KnowledgeBase.Open(_dir.File("kb"));
        kb.Ingest([SharedData.ContentDirectory]);
        var semantic = new CountingSemanticIndex();
        var service = new SearchService(kb.Store, kb.Keyword, semantic, PolicyKB.Search.Keyword.SynonymTable.Empty);

        var bare = await service.SearchAsync(new SearchRequest("Chỉ thị 25-CT/TW") { Mode = SearchMode.Hybrid });
        Assert.Equal(0, semantic.Searches);
        Assert.NotEmpty(bare.Hits);
        Assert.All(bare.Hits.Take(3), h => Assert.True(h.CitesQueriedDocument || h.InNamedDocument, h.ClauseId));

        await service.SearchAsync(new SearchRequest("Chỉ thị 25-CT/TW phòng chống dịch") { Mode = SearchMode.Hybrid });
        Assert.Equal(1, semantic.Searches);
    }

    public void Dispose() => _dir.Dispose();

    private sealed class CountingSemanticIndex : ISemanticIndex
    {
        public int Searches { get; private set; }

        public string ModelId => "counting";

        public int Count => 0;

        public Task<IReadOnlyList<VectorHit>> SearchAsync(string query, int top, Func<VectorEntry, bool>? allow, CancellationToken cancellationToken)
        {
            Searches++;
            return Task.FromResult<IReadOnlyList<VectorHit>>([]);
        }

        public Task<IReadOnlyList<VectorHit>> SearchAsync(string query, string related, float relatedWeight, int top, Func<VectorEntry, bool>? allow, CancellationToken cancellationToken) =>
            SearchAsync(query, top, allow, cancellationToken);

        public IReadOnlyList<VectorHit> SearchSimilar(string clauseId, int top, Func<VectorEntry, bool>? allow) => [];
    }
}
