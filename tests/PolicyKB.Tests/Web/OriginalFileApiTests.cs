using System.Net;

namespace PolicyKB.Tests.Web;

/// <summary>The file a document was read from can be downloaded as it was received, under its own name.</summary>
public sealed class OriginalFileApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task An_uploaded_document_gives_back_its_exact_bytes_and_name()
    {
        var bytes = Uploads.Utf8(Uploads.Plan("612-KH/UBND"));
        await ApiAssert.Ok(await app.CreateAdminClient().PostAsync("/api/ingest", Uploads.Form(("Kế hoạch 612.txt", bytes))));

        var response = await app.CreateClient().GetAsync("/api/documents/ke-hoach-612/original");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("Kế hoạch 612.txt", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/documents/khong-co/original"), HttpStatusCode.NotFound);
    }
}
