namespace PolicyKB.Tests.Web;

/// <summary>
/// Facet filters over the bundled plans, where two issuers differ in one word ("Sở Y tế tỉnh Hà Tĩnh", "Sở Y tế tỉnh Hà
/// Giang"): a filter on one never returns the other's clauses, in any search mode or in the document list.
/// </summary>
public sealed class FacetFilterApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    private const string HaTinh2021 = "ha-tinh-2021-thi-dua-nganh-y-te";
    private const string HaTinh2024 = "ha-tinh-2024-cung-co-y-te-co-so";

    [Theory]
    [InlineData("keyword")]
    [InlineData("hybrid")]
    [InlineData("semantic")]
    public async Task The_issuer_filter_returns_only_that_issuers_clauses(string mode)
    {
        var hits = await Hits($"issuer={Uri.EscapeDataString("Sở Y tế tỉnh Hà Tĩnh")}&mode={mode}");

        Assert.NotEmpty(hits);
        Assert.All(hits, id => Assert.Equal(HaTinh2021, id));
    }

    [Theory]
    [InlineData("keyword")]
    [InlineData("hybrid")]
    public async Task The_province_filter_returns_only_that_provinces_clauses(string mode)
    {
        var hits = await Hits($"province={Uri.EscapeDataString("Hà Tĩnh")}&mode={mode}");

        Assert.Contains(HaTinh2021, hits);
        Assert.All(hits, id => Assert.Contains(id, new[] { HaTinh2021, HaTinh2024 }));
    }

    [Fact]
    public async Task The_type_filter_with_another_diacritic_matches_nothing()
    {
        Assert.Empty(await Hits($"type={Uri.EscapeDataString("Kê hoạch")}"));
        Assert.NotEmpty(await Hits($"type={Uri.EscapeDataString("KẾ HOẠCH")}"));
    }

    [Fact]
    public async Task The_year_filter_returns_only_that_years_clauses()
    {
        var hits = await Hits("year=2021");

        Assert.NotEmpty(hits);
        Assert.All(hits, id => Assert.Contains(id, new[] { HaTinh2021, "ha-giang-2021-ky-niem-ngay-thay-thuoc", "thanh-hoa-2021-ke-hoach-hanh-dong-y-te" }));
        Assert.Empty(await Hits("year=2024")); // the 2024 plan carries no date of issue
    }

    [Fact]
    public async Task The_document_list_filters_on_the_whole_issuer()
    {
        var page = await app.CreateClient().GetOk("/api/documents?issuer=" + Uri.EscapeDataString("Sở Y tế tỉnh Hà Tĩnh"));

        Assert.Equal(HaTinh2021, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0, (await app.CreateClient().GetOk("/api/documents?issuer=" + Uri.EscapeDataString("Sở Y tế"))).GetProperty("total").GetInt32());
    }

    private async Task<List<string>> Hits(string filters)
    {
        var result = await app.CreateClient().GetOk($"/api/search?q=y%20t%E1%BA%BF&top=50&{filters}");
        return result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("documentId").GetString()!).ToList();
    }
}
