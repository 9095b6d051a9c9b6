using System.Net;

namespace PolicyKB.Tests.Web;

/// <summary>Enum-like and paging parameters of the list endpoints: unknown values and out-of-range numbers are 400s, never silently ignored.</summary>
public sealed class ListParameterTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    private const string Clause = "ha-tinh-2024-cung-co-y-te-co-so/III.2.b";

    [Theory]
    [InlineData("/api/search?q=y%20te&kind=bogus")]
    [InlineData("/api/similar/" + Clause + "?kind=bogus")]
    public async Task An_unknown_clause_kind_is_a_400_naming_the_allowed_kinds(string url)
    {
        var problem = await ApiAssert.Problem(await app.CreateClient().GetAsync(url), HttpStatusCode.BadRequest);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("'bogus'", detail, StringComparison.Ordinal);
        foreach (var kind in new[] { "section", "item", "point", "bullet", "article", "clause", "paragraph", "preamble" }) Assert.Contains(kind, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_clause_kind_in_a_pasted_paragraph_request_is_a_400()
    {
        var response = await app.CreateClient().PostAsync("/api/similar",
            new StringContent("{\"text\":\"y tế cơ sở\",\"kind\":\"bogus\"}", System.Text.Encoding.UTF8, "application/json"));

        var problem = await ApiAssert.Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains("'bogus'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_kind_is_accepted_in_any_case()
    {
        var result = await app.CreateClient().GetOk("/api/search?q=y%20te&kind=Section&mode=keyword");

        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.Equal("section", h.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData(107374183)]
    [InlineData(int.MaxValue)]
    public async Task A_document_page_past_the_last_is_empty_with_the_total_not_page_one(int page)
    {
        var result = await app.CreateClient().GetOk($"/api/documents?page={page}&pageSize=20");

        Assert.Empty(result.GetProperty("items").EnumerateArray());
        Assert.Equal(5, result.GetProperty("total").GetInt32());
        Assert.Equal(page, result.GetProperty("page").GetInt32());
    }

    [Theory]
    [InlineData("/api/documents?page=99999999999", "'page'")]
    [InlineData("/api/documents?pageSize=99999999999", "'pageSize'")]
    [InlineData("/api/search?q=y%20te&offset=99999999999", "'offset'")]
    [InlineData("/api/search?q=y%20te&top=-99999999999", "'top'")]
    [InlineData("/api/similar/" + Clause + "?top=99999999999", "'top'")]
    public async Task A_number_beyond_the_integer_range_is_a_400_naming_the_parameter(string url, string mentioned)
    {
        var problem = await ApiAssert.Problem(await app.CreateClient().GetAsync(url), HttpStatusCode.BadRequest);

        Assert.Contains(mentioned, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_offset_past_the_last_hit_is_empty_with_the_total()
    {
        var result = await app.CreateClient().GetOk($"/api/search?q=y%20te&offset={int.MaxValue}&top=100");

        Assert.Empty(result.GetProperty("hits").EnumerateArray());
        Assert.True(result.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task A_document_title_filter_over_the_query_limit_is_a_400()
    {
        var problem = await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/documents?q=" + new string('a', 3000)), HttpStatusCode.BadRequest);

        Assert.Contains("rút gọn", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
