using System.Net;

namespace PolicyKB.Tests.Web;

public sealed class ClausesApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    private const string Doc = "ha-tinh-2024-cung-co-y-te-co-so";

    [Fact]
    public async Task A_clause_comes_with_its_breadcrumb_siblings_and_document()
    {
        var detail = await app.CreateClient().GetOk($"/api/clauses/{Doc}/III.2.b");

        Assert.Equal(Doc + "/III.2.b", detail.GetProperty("clause").GetProperty("id").GetString());
        Assert.StartsWith("b) Tiếp tục rà soát", detail.GetProperty("clause").GetProperty("text").GetString());
        var crumbs = detail.GetProperty("breadcrumb").EnumerateArray().ToList();
        Assert.Equal(["III", "2"], crumbs.Select(c => c.GetProperty("label").GetString()));
        Assert.Equal("NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", crumbs[0].GetProperty("heading").GetString());
        Assert.Equal(Doc + "/III.2.a", detail.GetProperty("previous").GetProperty("id").GetString());
        Assert.Equal(Doc + "/III.2.c", detail.GetProperty("next").GetProperty("id").GetString());
        Assert.Equal("UBND tỉnh Hà Tĩnh", detail.GetProperty("document").GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task A_section_lists_its_children_in_order()
    {
        var detail = await app.CreateClient().GetOk($"/api/clauses/{Doc}/III");

        var children = detail.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(Doc + "/III.1", children[0]);
        Assert.Equal(Doc + "/III.2", children[1]);
        Assert.Equal(0, detail.GetProperty("breadcrumb").GetArrayLength());
    }

    [Fact]
    public async Task A_clause_lists_the_citations_in_its_text()
    {
        var detail = await app.CreateClient().GetOk($"/api/clauses/{Doc}/preamble");

        var citations = detail.GetProperty("citations").EnumerateArray().ToList();
        Assert.Contains(citations, c => c.GetProperty("key").GetString() == "25-CT/TW" && c.GetProperty("basis").GetBoolean());
        var text = detail.GetProperty("clause").GetProperty("text").GetString()!;
        Assert.All(citations, c => Assert.Equal(c.GetProperty("raw").GetString(),
            text.Substring(c.GetProperty("start").GetInt32(), c.GetProperty("length").GetInt32())));
    }

    [Fact]
    public async Task An_encoded_slash_in_the_id_is_accepted()
    {
        var detail = await app.CreateClient().GetOk($"/api/clauses/{Doc}%2FIII.2.b");

        Assert.Equal(Doc + "/III.2.b", detail.GetProperty("clause").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_unknown_clause_is_a_404_problem()
    {
        await ApiAssert.Problem(await app.CreateClient().GetAsync($"/api/clauses/{Doc}/IX.9"), HttpStatusCode.NotFound, "Không tìm thấy điều khoản");
    }

    [Fact]
    public async Task A_missing_clause_id_is_a_400_problem()
    {
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/clauses/"), HttpStatusCode.BadRequest);
    }
}
