namespace PolicyKB.Tests.Browser;

/// <summary>The document page offers the file the document was read from, as it was received.</summary>
public sealed class OriginalDownloadTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task Tai_tep_goc_downloads_the_original_file_under_its_own_name()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/doc/ha-tinh-2024-cung-co-y-te-co-so");
        var link = page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Tải tệp gốc" });

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();

        Assert.Equal("ha-tinh-2024-cung-co-y-te-co-so.txt", download.SuggestedFilename);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Support.SharedData.ContentDirectory, "ha-tinh-2024-cung-co-y-te-co-so.txt")), await File.ReadAllBytesAsync(path));
        Assert.Empty(problems);
    }
}
