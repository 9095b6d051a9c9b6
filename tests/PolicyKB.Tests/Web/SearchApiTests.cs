using System.Net;

namespace PolicyKB.Tests.Web;

public sealed class SearchApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task A_query_without_diacritics_finds_clauses_with_highlights_inside_their_text()
    {
        var result = await app.CreateClient().GetOk("/api/search?q=bao%20hiem%20y%20te&top=5");

        Assert.Equal("hybrid", result.GetProperty("mode").GetString());
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(5, hits.Count);
        Assert.True(result.GetProperty("total").GetInt32() >= 5);
        foreach (var hit in hits)
        {
            var text = hit.GetProperty("text").GetString()!;
            var spans = hit.GetProperty("highlights").EnumerateArray().ToList();
            Assert.NotEmpty(spans);
            Assert.All(spans, s => Assert.InRange(s.GetProperty("start").GetInt32() + s.GetProperty("length").GetInt32(), 1, text.Length));
        }
        var first = hits[0];
        var marked = first.GetProperty("highlights").EnumerateArray()
            .Select(s => first.GetProperty("text").GetString()!.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32()).ToLowerInvariant());
        Assert.Contains(marked, m => m.Contains("bảo hiểm", StringComparison.Ordinal) || m.Contains("y tế", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Facets_count_documents_by_type_issuer_province_and_year()
    {
        var facets = (await app.CreateClient().GetOk("/api/search?q=y%20te")).GetProperty("facets");

        Assert.Equal(5, facets.GetProperty("type")[0].GetProperty("count").GetInt32());
        Assert.Contains(facets.GetProperty("province").EnumerateArray(), f => f.GetProperty("value").GetString() == "Hà Tĩnh");
        Assert.Contains(facets.GetProperty("year").EnumerateArray(), f => f.GetProperty("value").GetString() == "2021");
        Assert.True(facets.GetProperty("issuer").GetArrayLength() >= 4);
    }

    [Fact]
    public async Task Filters_restrict_hits_to_matching_documents()
    {
        var result = await app.CreateClient().GetOk("/api/search?q=y%20te&province=ha%20giang&top=20");

        Assert.NotEmpty(result.GetProperty("hits").EnumerateArray());
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.Equal("ha-giang-2021-ky-niem-ngay-thay-thuoc", h.GetProperty("documentId").GetString()));
    }

    [Fact]
    public async Task The_kind_filter_keeps_one_kind_of_clause()
    {
        var result = await app.CreateClient().GetOk("/api/search?q=y%20te&kind=section&mode=keyword&top=20");

        Assert.NotEmpty(result.GetProperty("hits").EnumerateArray());
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.Equal("section", h.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("keyword")]
    [InlineData("semantic")]
    [InlineData("HYBRID")]
    public async Task Every_mode_answers(string mode)
    {
        var result = await app.CreateClient().GetOk($"/api/search?q=ti%C3%AAm%20ch%E1%BB%A7ng&mode={mode}");

        Assert.Equal(mode.ToLowerInvariant(), result.GetProperty("mode").GetString());
        Assert.NotEmpty(result.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task A_document_number_puts_citing_clauses_first()
    {
        var result = await app.CreateClient().GetOk("/api/search?q=Q%C4%90%20281");

        Assert.Contains("281/QĐ-TTg", result.GetProperty("references").EnumerateArray().Select(r => r.GetString()));
        Assert.True(result.GetProperty("hits")[0].GetProperty("citesQueriedDocument").GetBoolean());
    }

    [Fact]
    public async Task Offset_pages_through_the_same_ranking()
    {
        var client = app.CreateClient();
        var all = (await client.GetOk("/api/search?q=y%20te%20co%20so&top=6")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("clauseId").GetString()).ToList();
        var second = await client.GetOk("/api/search?q=y%20te%20co%20so&top=3&offset=3");

        Assert.Equal(3, second.GetProperty("offset").GetInt32());
        Assert.Equal(all.Skip(3), second.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("clauseId").GetString()));
    }

    [Theory]
    [InlineData("", "nhập")]
    [InlineData("?q=", "nhập")]
    [InlineData("?q=%2B%2B%2B", "không có từ")]
    [InlineData("?q=y%20te&top=0", "top")]
    [InlineData("?q=y%20te&top=101", "top")]
    [InlineData("?q=y%20te&top=abc", "'top'")]
    [InlineData("?q=y%20te&offset=-1", "offset")]
    [InlineData("?q=y%20te&mode=fuzzy", "fuzzy")]
    [InlineData("?q=y%20te&mode=1", "'1'")]
    [InlineData("?q=y%20te&year=20x", "'year'")]
    [InlineData("?q=y%20te&year=1900", "1945")]
    public async Task Bad_parameters_are_400_problems_saying_what_to_change(string query, string mentioned)
    {
        var problem = await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/search" + query), HttpStatusCode.BadRequest, "Yêu cầu không hợp lệ");

        Assert.Contains(mentioned, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_overlong_query_is_a_400_problem()
    {
        var problem = await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/search?q=" + new string('a', 3000)), HttpStatusCode.BadRequest);

        Assert.Contains("rút gọn", problem.GetProperty("detail").GetString());
    }
}
