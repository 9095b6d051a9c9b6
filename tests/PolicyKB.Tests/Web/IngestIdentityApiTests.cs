namespace PolicyKB.Tests.Web;

/// <summary>An upload whose name is taken is stored as a new document unless replace=true; the response says which.</summary>
public sealed class IngestIdentityApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task A_second_upload_with_the_same_name_gets_its_own_id_and_replace_true_replaces()
    {
        var admin = app.CreateAdminClient();
        var first = await ApiAssert.Ok(await admin.PostAsync("/api/ingest", Uploads.Form(("kh-trung-ten.txt", Uploads.Utf8(Uploads.Plan("501-KH/UBND"))))));
        var second = await ApiAssert.Ok(await admin.PostAsync("/api/ingest", Uploads.Form(("kh-trung-ten.txt", Uploads.Utf8(Uploads.Plan("502-KH/UBND"))))));
        var third = await ApiAssert.Ok(await admin.PostAsync("/api/ingest?replace=true", Uploads.Form(("kh-trung-ten.txt", Uploads.Utf8(Uploads.Plan("503-KH/UBND"))))));

        var a = Assert.Single(first.GetProperty("files").EnumerateArray());
        var b = Assert.Single(second.GetProperty("files").EnumerateArray());
        var c = Assert.Single(third.GetProperty("files").EnumerateArray());
        Assert.Equal(("stored", "kh-trung-ten"), (a.GetProperty("status").GetString(), a.GetProperty("documentId").GetString()));
        Assert.Equal(("stored", "kh-trung-ten-2"), (b.GetProperty("status").GetString(), b.GetProperty("documentId").GetString()));
        Assert.Contains("kh-trung-ten", b.GetProperty("note").GetString());
        Assert.Equal(("replaced", "kh-trung-ten"), (c.GetProperty("status").GetString(), c.GetProperty("documentId").GetString()));
        Assert.Equal(1, third.GetProperty("replaced").GetInt32());
        Assert.Equal("503-KH/UBND", (await admin.GetOk("/api/documents/kh-trung-ten")).GetProperty("document").GetProperty("number").GetString());
        Assert.Equal("502-KH/UBND", (await admin.GetOk("/api/documents/kh-trung-ten-2")).GetProperty("document").GetProperty("number").GetString());
    }
}
