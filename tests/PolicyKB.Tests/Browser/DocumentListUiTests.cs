using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>The document list: one search box over title, number and issuer; filters behind a button on a phone.</summary>
public sealed class DocumentListUiTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task Typing_an_issuer_in_the_search_box_lists_its_documents_only()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/docs");
        await page.GetByLabel("Tìm văn bản").FillAsync("Sở Y tế tỉnh Hà Giang");
        await page.WaitForFunctionAsync("document.querySelector('.page [role=status]')?.textContent.startsWith('1 văn bản')");

        Assert.Equal(["KẾ HOẠCH SỐ 36/KH-SYT"], (await page.Locator(".result .eyebrow").AllInnerTextsAsync()).Select(t => t.ToUpperInvariant()));

        await page.GetByLabel("Tìm văn bản").FillAsync("Hà Tĩnh");
        await page.WaitForFunctionAsync("document.querySelector('.page [role=status]')?.textContent.startsWith('2 văn bản')");
        Assert.All(await page.Locator(".result__meta").AllInnerTextsAsync(), m => Assert.Contains("Hà Tĩnh", m, StringComparison.Ordinal));
        Assert.Contains("q=H", page.Url, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task On_a_phone_the_filters_wait_behind_their_button()
    {
        var (page, problems) = await session.NewPageAsync(375, 812);
        await page.GotoAsync("/#/docs");
        await page.Locator(".result").First.WaitForAsync();

        Assert.False(await page.Locator("#doc-type").IsVisibleAsync());
        var results = await page.Locator(".result").First.BoundingBoxAsync();
        Assert.True(results!.Y < 812, $"the first document starts at {results.Y}px, below the first screen");
        await page.GetByText("Bộ lọc", new() { Exact = true }).ClickAsync();
        Assert.True(await page.Locator("#doc-type").IsVisibleAsync());
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "docs-phone-filters-open"));
        Assert.Empty(problems);
    }
}
