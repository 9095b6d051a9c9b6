using System.Net;

namespace PolicyKB.Tests.Web;

public sealed class DocumentsApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    private const string HaTinh = "ha-tinh-2024-cung-co-y-te-co-so";
    private const string HaGiang = "ha-giang-2021-ky-niem-ngay-thay-thuoc";

    [Fact]
    public async Task The_host_ingests_the_bundled_content_at_start()
    {
        var health = await app.CreateClient().GetOk("/api/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(5, health.GetProperty("documents").GetInt32());
        Assert.True(health.GetProperty("clauses").GetInt32() > 300);
        Assert.True(health.GetProperty("citations").GetInt32() > 100);
    }

    [Fact]
    public async Task The_host_writes_to_its_own_data_directory()
    {
        await app.CreateClient().GetOk("/api/health");

        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "policykb.db")), "the test host did not use its temporary data directory");
    }

    [Fact]
    public async Task The_list_pages_newest_first_and_counts_facets_over_the_collection()
    {
        var page = await app.CreateClient().GetOk("/api/documents?page=1&pageSize=2");

        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.NotNull(page.GetProperty("items")[0].GetProperty("issuedOn").GetString()); // dated documents before undated ones
        var types = page.GetProperty("facets").GetProperty("type");
        Assert.Equal("Kế hoạch", types[0].GetProperty("value").GetString());
        Assert.Equal(5, types[0].GetProperty("count").GetInt32());
        var rest = await app.CreateClient().GetOk("/api/documents?page=3&pageSize=2");
        Assert.Equal(1, rest.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("province=Hà%20Giang", HaGiang)]
    [InlineData("province=ha%20giang", HaGiang)]
    [InlineData("issuer=so%20y%20te%20tinh%20ha%20giang", HaGiang)]
    [InlineData("q=thay%20thu", HaGiang)]
    [InlineData("q=thay%20thuoc", HaGiang)]
    [InlineData("q=y%20t%E1%BA%BF%20c%C6%A1%20s%E1%BB%9F", HaTinh)]
    public async Task Filters_ignore_case_and_diacritics(string query, string expected)
    {
        var page = await app.CreateClient().GetOk("/api/documents?" + query);

        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(expected, page.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Year_and_type_filters_combine()
    {
        var page = await app.CreateClient().GetOk("/api/documents?type=ke%20hoach&year=2021");

        Assert.All(page.GetProperty("items").EnumerateArray(), d => Assert.StartsWith("2021", d.GetProperty("issuedOn").GetString()));
        Assert.Equal(0, (await app.CreateClient().GetOk("/api/documents?type=Ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("year=1800", "year")]
    [InlineData("year=abc", "year")]
    [InlineData("page=x", "page")]
    public async Task Bad_list_parameters_are_400_problems_naming_the_parameter(string query, string parameter)
    {
        var problem = await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/documents?" + query), HttpStatusCode.BadRequest);

        Assert.Contains(parameter, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_document_has_metadata_legal_basis_outline_and_clauses()
    {
        var detail = await app.CreateClient().GetOk("/api/documents/" + HaTinh);

        Assert.Equal("UBND tỉnh Hà Tĩnh", detail.GetProperty("document").GetProperty("issuer").GetString());
        var basis = detail.GetProperty("legalBasis");
        Assert.StartsWith("Thực hiện Quyết định số 281/QĐ-TTg", basis.GetProperty("sentences")[0].GetString());
        var keys = basis.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ToList();
        Assert.Equal(["281/QĐ-TTg", "242-KH/TU", "25-CT/TW"], keys);
        var sections = detail.GetProperty("outline").EnumerateArray().Select(n => n.GetProperty("label").GetString()).ToList();
        Assert.Contains("III", sections);
        var third = detail.GetProperty("outline").EnumerateArray().Single(n => n.GetProperty("label").GetString() == "III");
        Assert.Equal("NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", third.GetProperty("heading").GetString());
        Assert.Contains(third.GetProperty("children").EnumerateArray(), c => c.GetProperty("id").GetString() == HaTinh + "/III.2");
        Assert.Equal(detail.GetProperty("document").GetProperty("clauseCount").GetInt32(), detail.GetProperty("clauses").GetArrayLength());
        Assert.Equal(detail.GetProperty("document").GetProperty("citationCount").GetInt32(), detail.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task Related_documents_are_those_implementing_the_same_higher_document()
    {
        var detail = await app.CreateClient().GetOk("/api/documents/son-duong-2021-cong-tac-y-te-huyen");

        // Hà Giang cites the same two Party resolutions as "Nghị quyết 20, Nghị quyết 21 của Ban Chấp hành Trung ương",
        // Hà Tĩnh 2021 the second as "Nghị quyết 21 của BCH Trung ương Đảng khóa XII".
        var related = detail.GetProperty("related").EnumerateArray().ToDictionary(
            r => r.GetProperty("document").GetProperty("id").GetString()!,
            r => r.GetProperty("sharedKeys").EnumerateArray().Select(k => k.GetString()).ToList());
        Assert.Equal(["ha-giang-2021-ky-niem-ngay-thay-thuoc", "ha-tinh-2021-thi-dua-nganh-y-te", "thanh-hoa-2021-ke-hoach-hanh-dong-y-te"],
            related.Keys.Order());
        Assert.Equal("20-NQ/TW", related["thanh-hoa-2021-ke-hoach-hanh-dong-y-te"][0]);
        Assert.Contains("21-NQ/TW", related["ha-giang-2021-ky-niem-ngay-thay-thuoc"]);
        Assert.Equal(["21-NQ/TW", "Đề án 1816"], related["ha-tinh-2021-thi-dua-nganh-y-te"]); // both print "đề án 1816" too
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem_in_Vietnamese()
    {
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/documents/khong-co"), HttpStatusCode.NotFound, "Không tìm thấy văn bản");
    }

    [Fact]
    public async Task Deleting_needs_the_key()
    {
        await ApiAssert.Problem(await app.CreateClient().DeleteAsync("/api/documents/" + HaGiang), HttpStatusCode.Unauthorized);
        var wrong = app.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key");
        await ApiAssert.Problem(await wrong.DeleteAsync("/api/documents/" + HaGiang), HttpStatusCode.Unauthorized);

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/api/documents/" + HaGiang)).StatusCode);
    }

    [Fact]
    public async Task Deleting_an_unknown_document_is_a_404()
    {
        await ApiAssert.Problem(await app.CreateAdminClient().DeleteAsync("/api/documents/khong-co"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_routes_are_404_problems_in_Vietnamese()
    {
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/khong-co"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_UI_is_served()
    {
        var page = await app.CreateClient().GetStringAsync("/");

        Assert.Contains("lang=\"vi\"", page);
        Assert.Contains("type=\"module\"", page);
    }
}
