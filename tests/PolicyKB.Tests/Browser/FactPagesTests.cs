using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>The cross-document fact pages: "Nhiệm vụ theo cơ quan" (timeline, filter, Excel) and "Chỉ tiêu" (comparison chart).</summary>
public sealed class FactPagesTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task Tasks_by_agency_lists_every_documents_tasks_with_a_deadline_timeline_and_an_excel_download_of_the_same_filter()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/tasks");
        await page.Locator(".timeline").WaitForAsync();
        var all = await page.Locator("#tasks-status").InnerTextAsync();
        Assert.Matches(@"^\d+ nhiệm vụ trong [2-9] văn bản", all);

        // The timeline is in date order, month by month, and names documents by number and title, never by id.
        var months = await page.Locator(".timeline__label").AllInnerTextsAsync();
        var keys = months.Select(m => m[6..13].Split('/') is [var mm, var yyyy] ? yyyy + mm : "").ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Contains("Tháng 03/2021", months[0] + string.Join("|", months), StringComparison.Ordinal);
        Assert.DoesNotContain("ha-tinh-2024-cung-co-y-te-co-so", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#tasks-agency option", new() { HasTextString = "Sở Y tế (" }).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#tasks-agency").SelectOptionAsync("Sở Y tế");
        await page.WaitForFunctionAsync("() => location.hash.includes('agency=')");
        await page.WaitForFunctionAsync("() => /^\\d+ nhiệm vụ/.test(document.querySelector('#tasks-status').textContent)");
        var rows = page.Locator(".data-table tbody tr");
        Assert.True(await rows.CountAsync() > 0);
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var agencies = await rows.Nth(i).Locator("td").Nth(1).InnerTextAsync() + ";" + await rows.Nth(i).Locator("td").Nth(2).InnerTextAsync();
            Assert.Contains("Sở Y tế", agencies, StringComparison.Ordinal);
        }
        Assert.Equal("/api/tasks/export.xlsx?agency=S%E1%BB%9F+Y+t%E1%BA%BF", await page.Locator("#tasks-xlsx").GetAttributeAsync("href"));
        var download = await page.APIRequest.GetAsync("/api/tasks/export.xlsx?agency=S%E1%BB%9F+Y+t%E1%BA%BF");
        Assert.Equal(200, download.Status);
        Assert.StartsWith("PK", System.Text.Encoding.ASCII.GetString((await download.BodyAsync())[..2]), StringComparison.Ordinal);
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "tasks-by-agency"));
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Targets_compare_one_indicator_across_documents_as_a_table_and_a_chart_largest_first()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/targets");
        await page.Locator(".data-table").WaitForAsync();
        await page.Locator("#targets-indicator option:nth-child(2)").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var first = await page.Locator("#targets-indicator option:nth-child(2)").GetAttributeAsync("value");
        await page.Locator("#targets-indicator").SelectOptionAsync(first!);
        await page.Locator(".chart__svg").WaitForAsync();

        var bars = page.Locator(".chart__bar");
        Assert.True(await bars.CountAsync() >= 2);
        var widths = new List<double>();
        for (var i = 0; i < await bars.CountAsync(); i++) widths.Add(double.Parse((await bars.Nth(i).GetAttributeAsync("width"))!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(widths.OrderDescending(), widths);
        Assert.Contains("cùng đơn vị", await page.Locator("figcaption").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".data-table tbody tr").CountAsync() >= 2);
        Assert.StartsWith("/api/targets/export.xlsx?indicator=", await page.Locator("#targets-xlsx").GetAttributeAsync("href"), StringComparison.Ordinal);
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "targets-compare"));
        Assert.Empty(problems);
    }
}
