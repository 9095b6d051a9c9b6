using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Precedents;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Search;

/// <summary>Keyword search and the precedent finder over the five seed plans (no embedding model: keyword paths only).</summary>
public sealed class SearchServiceTests : IClassFixture<SearchServiceTests.SeedKnowledgeBase>
{
    private readonly KnowledgeBase _kb;

    public SearchServiceTests(SeedKnowledgeBase fixture) => _kb = fixture.KnowledgeBase;

    public sealed class SeedKnowledgeBase : IDisposable
    {
        private readonly TempDirectory _dir = new();

        public SeedKnowledgeBase()
        {
            KnowledgeBase = KnowledgeBase.Open(_dir.Path, synonyms: SynonymTable.Load(Path.Combine(SharedData.ContentDirectory, "search", "synonyms.tsv")));
            KnowledgeBase.Ingest([SharedData.ContentDirectory]);
        }

        public KnowledgeBase KnowledgeBase { get; }

        public void Dispose()
        {
            KnowledgeBase.Dispose();
            _dir.Dispose();
        }
    }

    private Task<SearchResponse> Keyword(string query, int top = 10) =>
        _kb.Search.SearchAsync(new SearchRequest(query) { Mode = SearchMode.Keyword, Top = top });

    [Theory]
    [InlineData("QĐ 281")]
    [InlineData("Quyết định số 281/QĐ-TTg")]
    [InlineData("qd 281/qd-ttg")]
    [InlineData("CT 25-CT/TW")]
    [InlineData("Chỉ thị 25")]
    public async Task A_document_reference_puts_a_citing_clause_first(string query)
    {
        var response = await Keyword(query);

        Assert.True(response.Hits[0].CitesQueriedDocument, $"{query}: {response.Hits[0].ClauseId}");
        Assert.NotEmpty(response.References);
    }

    [Fact]
    public async Task A_query_without_diacritics_finds_what_the_accented_query_finds()
    {
        var accented = await Keyword("bảo hiểm y tế toàn dân", 5);
        var folded = await Keyword("bao hiem y te toan dan", 5);

        Assert.Equal(accented.Hits[0].ClauseId, folded.Hits[0].ClauseId);
        Assert.True(accented.Hits.Select(h => h.ClauseId).Intersect(folded.Hits.Select(h => h.ClauseId)).Count() >= 4);
    }

    [Fact]
    public async Task An_abbreviation_expands_to_its_words()
    {
        var response = await Keyword("BHYT", 20);

        Assert.Contains(response.Hits, h => h.Text.Contains("bảo hiểm y tế", StringComparison.OrdinalIgnoreCase) && !h.Text.Contains("BHYT"));
    }

    [Fact]
    public async Task Highlights_point_at_the_matched_words()
    {
        var response = await Keyword("giường bệnh");

        var hit = response.Hits[0];
        Assert.NotEmpty(hit.Highlights);
        Assert.All(hit.Highlights, h => Assert.StartsWith("giường", hit.Text.Substring(h.Start, h.Length), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"\" ((( ---")]
    public async Task An_empty_query_is_rejected_with_a_message(string query)
    {
        var error = await Assert.ThrowsAsync<SearchQueryException>(() => Keyword(query));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task A_huge_query_is_rejected_and_odd_syntax_is_answered()
    {
        await Assert.ThrowsAsync<SearchQueryException>(() => Keyword(new string('a', 10_000)));
        var response = await Keyword("\"y tế cơ sở AND OR NOT -+*?:\\ (");
        Assert.NotEmpty(response.Hits);
    }

    [Fact]
    public async Task Filters_restrict_results()
    {
        var response = await _kb.Search.SearchAsync(new SearchRequest("y tế") { Mode = SearchMode.Keyword, Top = 50, Filters = new SearchFilters { Province = "Ha Tinh", Year = 2021 } });

        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, h => Assert.Equal("ha-tinh-2021-thi-dua-nganh-y-te", h.DocumentId));
    }

    [Fact]
    public async Task Precedents_come_from_other_documents_with_a_diff()
    {
        var response = await _kb.Similar.FindAsync(new SimilarRequest { ClauseId = "son-duong-2021-cong-tac-y-te-huyen/II.4.-2", Top = 5 });

        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, h => Assert.NotEqual("son-duong-2021-cong-tac-y-te-huyen", h.DocumentId));
        Assert.All(response.Hits, h => Assert.Equal(h.Text, string.Concat(h.Diff.Where(d => d.Kind != "delete").Select(d => d.Text))));
    }

    [Fact]
    public async Task A_pasted_copy_of_a_clause_is_found_as_a_near_duplicate_first()
    {
        var clause = _kb.Store.GetClause("ha-tinh-2024-cung-co-y-te-co-so/III.4.a")!;

        var response = await _kb.Similar.FindAsync(new SimilarRequest { Text = clause.Text.Replace("Tuyển dụng", "Tuyển chọn"), Top = 3 });

        Assert.Equal(clause.Id, response.Hits[0].ClauseId);
        Assert.True(response.Hits[0].NearDuplicate);
    }

    [Fact]
    public async Task Bad_precedent_requests_are_refused_clearly()
    {
        await Assert.ThrowsAsync<SearchQueryException>(() => _kb.Similar.FindAsync(new SimilarRequest()));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _kb.Similar.FindAsync(new SimilarRequest { ClauseId = "khong-co/I" }));
        await Assert.ThrowsAsync<SearchQueryException>(() => _kb.Similar.FindAsync(new SimilarRequest { Text = new string('x', 20_000) }));
    }
}
