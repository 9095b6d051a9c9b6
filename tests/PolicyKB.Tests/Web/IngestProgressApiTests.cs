using System.Net;

namespace PolicyKB.Tests.Web;

/// <summary>The OCR progress of an upload, asked for by an id the uploader chose.</summary>
public sealed class IngestProgressApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task An_upload_with_a_malformed_progress_id_is_refused_before_anything_is_read()
    {
        var response = await app.CreateAdminClient().PostAsync("/api/ingest?progress=x/../y", Uploads.Form(("ke-hoach.txt", Uploads.Utf8(Uploads.CitedPlan))));

        var problem = await ApiAssert.Problem(response, HttpStatusCode.BadRequest, "Tham số");
        Assert.Contains("Mã theo dõi tiến độ", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Progress_of_an_upload_with_no_page_being_recognised_is_no_content_and_needs_the_key()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await app.CreateAdminClient().GetAsync("/api/ingest/progress/4f2b9c1e-0000-4b6e")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/ingest/progress/4f2b9c1e-0000-4b6e")).StatusCode);
    }

    [Fact]
    public async Task A_text_upload_with_a_progress_id_is_ingested_as_usual_and_leaves_no_progress_behind()
    {
        var admin = app.CreateAdminClient();

        var result = await ApiAssert.Ok(await admin.PostAsync("/api/ingest?progress=text-upload-0001", Uploads.Form(("ke-hoach-tien-do.txt", Uploads.Utf8(Uploads.Plan("77-KH/UBND"))))));

        var file = Assert.Single(result.GetProperty("files").EnumerateArray());
        Assert.Equal("stored", file.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, file.GetProperty("ocr").ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.GetAsync("/api/ingest/progress/text-upload-0001")).StatusCode);
        await admin.DeleteAsync("/api/documents/ke-hoach-tien-do");
    }
}
