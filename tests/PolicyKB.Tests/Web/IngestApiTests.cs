using System.Net;
using PolicyKB.Tests.Decoding;

namespace PolicyKB.Tests.Web;

public sealed class IngestApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task Uploading_needs_the_key()
    {
        var response = await app.CreateClient().PostAsync("/api/ingest", Uploads.Form(("ke-hoach.txt", Uploads.Utf8(Uploads.CitedPlan))));

        await ApiAssert.Problem(response, HttpStatusCode.Unauthorized, "khoá API");
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task An_uploaded_plan_is_stored_searchable_linked_as_citation_target_and_removable()
    {
        var admin = app.CreateAdminClient();
        var before = (await admin.GetOk("/api/search?q=nhan%20vien%20y%20te%20thon%20ban&mode=keyword")).GetProperty("hits"); // now cached
        Assert.DoesNotContain(before.EnumerateArray(), h => h.GetProperty("documentId").GetString() == "tinh-uy-242-kh-tu");

        var result = await ApiAssert.Ok(await admin.PostAsync("/api/ingest", Uploads.Form(("tinh-uy-242-kh-tu.txt", Uploads.Utf8(Uploads.CitedPlan)))));

        var file = Assert.Single(result.GetProperty("files").EnumerateArray());
        Assert.Equal("stored", file.GetProperty("status").GetString());
        Assert.Equal("tinh-uy-242-kh-tu", file.GetProperty("documentId").GetString());
        Assert.True(file.GetProperty("clauses").GetInt32() >= 6);
        var document = await admin.GetOk("/api/documents/tinh-uy-242-kh-tu");
        Assert.Equal("242-KH/TU", document.GetProperty("document").GetProperty("number").GetString());
        Assert.Equal(1, document.GetProperty("citedBy").GetInt32());
        var cited = await admin.GetOk("/api/citations/242-KH/TU");
        Assert.Equal("tinh-uy-242-kh-tu", cited.GetProperty("target").GetProperty("id").GetString());
        var hits = (await admin.GetOk("/api/search?q=nhan%20vien%20y%20te%20thon%20ban&mode=keyword")).GetProperty("hits");
        Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("documentId").GetString() == "tinh-uy-242-kh-tu");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/documents/tinh-uy-242-kh-tu")).StatusCode);
        await ApiAssert.Problem(await admin.GetAsync("/api/documents/tinh-uy-242-kh-tu"), HttpStatusCode.NotFound);
        Assert.Equal(JsonNull, (await admin.GetOk("/api/citations/242-KH/TU")).GetProperty("target").ValueKind);
        var after = (await admin.GetOk("/api/search?q=nhan%20vien%20y%20te%20thon%20ban&mode=keyword")).GetProperty("hits");
        Assert.DoesNotContain(after.EnumerateArray(), h => h.GetProperty("documentId").GetString() == "tinh-uy-242-kh-tu");
    }

    [Fact]
    public async Task Several_files_get_one_result_each_in_order()
    {
        var docx = DocxFactory.Create(Uploads.Plan("15-KH/TU").Split('\n').Select(l => DocxFactory.Para(l.Trim())));
        var seed = File.ReadAllBytes(Path.Combine(Support.SharedData.ContentDirectory, "ha-giang-2021-ky-niem-ngay-thay-thuoc.md"));

        var result = await ApiAssert.Ok(await app.CreateAdminClient().PostAsync("/api/ingest", Uploads.Form(
            ("ke-hoach-word.docx", docx), ("ha-giang-2021-ky-niem-ngay-thay-thuoc.md", seed), ("trong.txt", []))));

        var files = result.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["stored", "unchanged", "failed"], files.Select(f => f.GetProperty("status").GetString()));
        Assert.Equal(docx.Length, files[0].GetProperty("bytes").GetInt64());
        Assert.False(string.IsNullOrWhiteSpace(files[2].GetProperty("error").GetString()));
        Assert.Equal((1, 1, 1), (result.GetProperty("stored").GetInt32(), result.GetProperty("unchanged").GetInt32(), result.GetProperty("failed").GetInt32()));
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/documents/trong"), HttpStatusCode.NotFound);
        await app.CreateAdminClient().DeleteAsync("/api/documents/ke-hoach-word");
    }

    [Fact]
    public async Task A_client_path_in_the_file_name_is_reduced_to_the_name()
    {
        var result = await ApiAssert.Ok(await app.CreateAdminClient().PostAsync("/api/ingest",
            Uploads.Form(("C:\\Users\\cb\\..\\..\\ke-hoach-duong-dan.txt", Uploads.Utf8(Uploads.Plan("16-KH/TU"))))));

        Assert.Equal("ke-hoach-duong-dan.txt", result.GetProperty("files")[0].GetProperty("fileName").GetString());
        await app.CreateAdminClient().DeleteAsync("/api/documents/ke-hoach-duong-dan");
    }

    [Theory]
    [InlineData("bao-cao.pdf", "văn bản thuần")]
    [InlineData("ke-hoach.docx", "văn bản thuần")]
    [InlineData("chuong-trinh.exe", ".exe")]
    [InlineData("khong-duoi", "không có đuôi")]
    public async Task A_file_that_is_not_what_its_name_says_is_refused_with_415_and_nothing_is_ingested(string name, string reason)
    {
        var response = await app.CreateAdminClient().PostAsync("/api/ingest",
            Uploads.Form(("hop-le.txt", Uploads.Utf8(Uploads.Plan("17-KH/TU"))), (name, Uploads.Utf8("Đây là văn bản thường."))));

        var problem = await ApiAssert.Problem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains(reason, problem.GetProperty("detail").GetString());
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/documents/hop-le"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_text_file_holding_a_pdf_is_refused_with_a_hint()
    {
        var pdf = PdfFactory.Create(["KE HOACH"]);

        var problem = await ApiAssert.Problem(
            await app.CreateAdminClient().PostAsync("/api/ingest", Uploads.Form(("ke-hoach.txt", pdf))), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("PDF", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_a_415()
    {
        var response = await app.CreateAdminClient().PostAsync("/api/ingest", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        await ApiAssert.Problem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_form_without_files_is_a_400()
    {
        var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };

        await ApiAssert.Problem(await app.CreateAdminClient().PostAsync("/api/ingest", form), HttpStatusCode.BadRequest);
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
