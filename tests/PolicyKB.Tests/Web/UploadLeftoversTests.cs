using PolicyKB.Web.Services;

namespace PolicyKB.Tests.Web;

/// <summary>An upload cut off by a killed host leaves no files behind once the host starts again.</summary>
public sealed class UploadLeftoversTests
{
    [Fact]
    public async Task Upload_folders_left_by_a_killed_run_are_removed_at_start_and_new_uploads_leave_nothing()
    {
        using var app = new PolicyKbApplication();
        var leftover = Path.Combine(app.DataDirectory, UploadBatch.UploadsFolderName, "0123456789abcdef");
        Directory.CreateDirectory(leftover);
        await File.WriteAllTextAsync(Path.Combine(leftover, "0"), "nửa tệp tải lên");

        var result = await ApiAssert.Ok(await app.CreateAdminClient().PostAsync("/api/ingest", Uploads.Form(("kh-sau-su-co.txt", Uploads.Utf8(Uploads.Plan("901-KH/UBND"))))));

        Assert.Equal("stored", result.GetProperty("files")[0].GetProperty("status").GetString());
        Assert.False(Directory.Exists(leftover));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(app.DataDirectory, UploadBatch.UploadsFolderName)));
    }
}
