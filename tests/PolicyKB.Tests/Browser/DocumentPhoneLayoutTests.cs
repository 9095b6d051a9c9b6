using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>The document page on a phone (375×740): no sideways scrolling, and a slim bar with the document's name stays in reach.</summary>
public sealed class DocumentPhoneLayoutTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task On_a_phone_the_document_page_never_scrolls_sideways_and_its_bar_stays_on_top()
    {
        var (page, problems) = await session.NewPageAsync(375, 740);
        await page.GotoAsync("/#/doc/ha-giang-2021-ky-niem-ngay-thay-thuoc/II.1");
        var bar = page.Locator(".doc-bar");
        await page.Locator(".clause.is-target").WaitForAsync();

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            $"the page is {await page.EvaluateAsync<int>("document.documentElement.scrollWidth")} px wide on a 375 px screen");
        var box = await bar.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 and < 5 }, $"the bar is at {box?.Y} px after a deep link, not at the top of the screen");
        Assert.Contains("36/KH-SYT", await bar.InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "document-phone-375"));

        await bar.GetByRole(AriaRole.Button, new() { Name = "Thông tin, công cụ" }).ClickAsync();
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Sửa thông tin văn bản" }).IsVisibleAsync());
        Assert.Empty(problems);
    }
}
