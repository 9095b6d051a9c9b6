using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PolicyKB.Tests.Web;

/// <summary>PATCH /api/documents/{id}/metadata and its audit trail; each test corrects its own document.</summary>
public sealed class MetadataApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    private const string SonDuong = "son-duong-2021-cong-tac-y-te-huyen";
    private const string ThanhHoa = "thanh-hoa-2021-ke-hoach-hanh-dong-y-te";
    private const string HaTinh2021 = "ha-tinh-2021-thi-dua-nganh-y-te";

    [Fact]
    public async Task A_correction_needs_the_write_key()
    {
        var response = await app.CreateClient().PatchAsJsonAsync($"/api/documents/{SonDuong}/metadata", new { correctedBy = "A", signer = "B" });

        await ApiAssert.Problem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_corrected_issuer_and_date_show_at_once_in_the_list_its_facets_the_search_and_the_history()
    {
        var admin = app.CreateAdminClient();
        var before = (await admin.GetOk($"/api/documents/{SonDuong}")).GetProperty("document");

        var result = await ApiAssert.Ok(await admin.PatchAsJsonAsync($"/api/documents/{SonDuong}/metadata",
            new { correctedBy = "Nguyễn Thị Hoa - Văn phòng", issuer = "Trung tâm Y tế huyện Sơn Dương  ", issuedOn = "15/03/2019" }));

        Assert.Equal("Trung tâm Y tế huyện Sơn Dương", result.GetProperty("document").GetProperty("issuer").GetString());
        Assert.Equal("2019-03-15", result.GetProperty("document").GetProperty("issuedOn").GetString());
        Assert.Equal(2, result.GetProperty("corrections").GetArrayLength());
        var list = await admin.GetOk("/api/documents?issuer=Trung%20t%C3%A2m%20Y%20t%E1%BA%BF%20huy%E1%BB%87n%20S%C6%A1n%20D%C6%B0%C6%A1ng&year=2019");
        Assert.Equal(SonDuong, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains(list.GetProperty("facets").GetProperty("issuer").EnumerateArray(), f => f.GetProperty("value").GetString() == "Trung tâm Y tế huyện Sơn Dương");
        var search = await admin.GetOk("/api/search?q=y%20t%E1%BA%BF&mode=keyword&year=2019");
        Assert.NotEqual(0, search.GetProperty("hits").GetArrayLength());
        Assert.All(search.GetProperty("hits").EnumerateArray(), h => Assert.Equal(SonDuong, h.GetProperty("documentId").GetString()));
        Assert.Contains(search.GetProperty("facets").GetProperty("year").EnumerateArray(), f => f.GetProperty("value").GetString() == "2019");
        var history = await admin.GetOk($"/api/documents/{SonDuong}/metadata/history");
        var issuer = history.EnumerateArray().Single(c => c.GetProperty("field").GetString() == "issuer");
        Assert.Equal(("Cơ quan ban hành", Text(before, "issuer"), "Trung tâm Y tế huyện Sơn Dương", "Nguyễn Thị Hoa - Văn phòng"),
            (issuer.GetProperty("fieldLabel").GetString(), Text(issuer, "oldValue"), Text(issuer, "newValue"), issuer.GetProperty("correctedBy").GetString()));
    }

    [Theory]
    [InlineData("{\"signer\":\"Lê Văn C\"}", "người sửa")]
    [InlineData("{\"correctedBy\":\"A\"}", "Không có trường nào")]
    [InlineData("{\"correctedBy\":\"A\",\"issuedOn\":\"31/02/2021\"}", "Ngày ban hành")]
    [InlineData("{\"correctedBy\":\"A\",\"issuedOn\":\"hôm qua\"}", "Ngày ban hành")]
    [InlineData("{\"correctedBy\":\"A\",\"number\":\"không số\"}", "Số hiệu")]
    public async Task Invalid_corrections_are_400_problems_in_Vietnamese_and_change_nothing(string body, string detail)
    {
        var admin = app.CreateAdminClient();
        var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var problem = await ApiAssert.Problem(await admin.PatchAsync($"/api/documents/{HaTinh2021}/metadata", content), HttpStatusCode.BadRequest);

        Assert.Contains(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(0, (await admin.GetOk($"/api/documents/{HaTinh2021}/metadata/history")).GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_document_is_404_for_correction_and_history()
    {
        var admin = app.CreateAdminClient();

        await ApiAssert.Problem(await admin.PatchAsJsonAsync("/api/documents/khong-co/metadata", new { correctedBy = "A", signer = "B" }), HttpStatusCode.NotFound);
        await ApiAssert.Problem(await admin.GetAsync("/api/documents/khong-co/metadata/history"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_same_file_uploaded_again_after_removal_keeps_the_corrected_number_and_its_history()
    {
        var admin = app.CreateAdminClient();
        var bytes = await admin.GetByteArrayAsync($"/api/documents/{ThanhHoa}/original");
        var name = ThanhHoa + ".md";
        await ApiAssert.Ok(await admin.PatchAsJsonAsync($"/api/documents/{ThanhHoa}/metadata", new { correctedBy = "A", number = "12/kh-ubnd", signer = "" }));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/documents/{ThanhHoa}")).StatusCode);

        var upload = await ApiAssert.Ok(await admin.PostAsync("/api/ingest", Uploads.Form((name, bytes))));

        var id = upload.GetProperty("files")[0].GetProperty("documentId").GetString()!;
        var document = (await admin.GetOk($"/api/documents/{id}")).GetProperty("document");
        Assert.Equal("12/KH-UBND", Text(document, "number"));
        Assert.Null(Text(document, "signer"));
        Assert.Equal(2, (await admin.GetOk($"/api/documents/{id}/metadata/history")).GetArrayLength());
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
