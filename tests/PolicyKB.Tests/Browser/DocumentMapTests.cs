using System.Text.RegularExpressions;
using PolicyKB.Tests.Web;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>The "Lược đồ" of a document: relations grouped as a list, each opening its clauses, and the drawing as a second tab.</summary>
public sealed class DocumentMapTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private const string Plan = "ha-tinh-2024-cung-co-y-te-co-so";

    [ChromiumFact]
    public async Task The_document_page_opens_its_luoc_do_whose_groups_lead_to_the_clauses_stating_each_relation()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync($"/#/doc/{Plan}");
        await page.Locator(".doc-header a:text-is('Lược đồ')").ClickAsync();
        await page.WaitForURLAsync(new Regex($"#/doc/{Plan}/luoc-do$"));

        var implemented = page.Locator(".map-group[data-kind='implements']");
        await implemented.WaitForAsync();
        Assert.Equal("Văn bản được thực hiện 2", (await implemented.Locator("h2").TextContentAsync())!.Trim());
        Assert.Equal(["Kế hoạch 242-KH/TU", "Quyết định 281/QĐ-TTg"], (await implemented.Locator(".map-entry__name").AllInnerTextsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(["Chỉ thị 25-CT/TW"], await page.Locator(".map-group[data-kind='basis'] .map-entry__name").AllInnerTextsAsync());
        Assert.Contains("văn bản thực hiện văn bản này", await page.Locator(".map-empty").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Plan, await page.Locator(".page").InnerTextAsync(), StringComparison.Ordinal);

        var decision = implemented.Locator(".map-entry[data-key='281/QĐ-TTg']");
        await decision.Locator("summary").ClickAsync();
        Assert.Equal("10 điều khoản nêu quan hệ", await decision.Locator("summary").InnerTextAsync());
        Assert.Equal(10, await decision.Locator(".map-clause").CountAsync());
        Assert.All(await decision.Locator(".map-clause mark").AllInnerTextsAsync(), m => Assert.Contains("281/QĐ-TTg", m, StringComparison.Ordinal));
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "map-1-list"));

        var clause = decision.Locator(".map-clause a").Nth(1);
        var href = await clause.GetAttributeAsync("href");
        Assert.StartsWith($"#/doc/{Plan}/", href, StringComparison.Ordinal);
        await clause.ClickAsync();
        await page.Locator(".clause.is-target").WaitForAsync();
        Assert.EndsWith(href!, page.Url, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task The_drawing_tab_is_reached_by_keyboard_and_choosing_an_edge_lists_its_clauses()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync($"/#/doc/{Plan}/luoc-do");
        var listTab = page.Locator("[role=tab]:text-is('Danh sách quan hệ')");
        await listTab.WaitForAsync();
        Assert.Equal("true", await listTab.GetAttributeAsync("aria-selected"));

        await listTab.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        var graphTab = page.Locator("[role=tab]:text-is('Đồ thị')");
        Assert.Equal("true", await graphTab.GetAttributeAsync("aria-selected"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.textContent === 'Đồ thị'"));
        Assert.True(await page.Locator("#panel-danh-sach").IsHiddenAsync());
        Assert.Contains("xem=do-thi", page.Url, StringComparison.Ordinal);
        await page.Locator("svg.map-graph .map-self").WaitForAsync();

        var edge = page.Locator("svg.map-graph a.edge-link[data-pick^='implements~']").First;
        var name = await edge.GetAttributeAsync("aria-label");
        await edge.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var pick = page.Locator(".map-pick");
        await pick.Locator(".map-clause").First.WaitForAsync();
        Assert.StartsWith(name!.Split(':')[0], (await pick.Locator("h2").TextContentAsync())!, StringComparison.Ordinal);
        Assert.Contains("Văn bản được thực hiện", (await pick.Locator("h2").TextContentAsync())!, StringComparison.Ordinal);
        Assert.Contains("chon=implements", page.Url, StringComparison.Ordinal);
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "map-2-graph-edge"));

        // A shared link opens the same tab and edge.
        var (shared, sharedProblems) = await session.NewPageAsync();
        await shared.GotoAsync(page.Url);
        await shared.Locator(".map-pick .map-clause").First.WaitForAsync();
        Assert.Equal((await pick.Locator("h2").TextContentAsync())!, (await shared.Locator(".map-pick h2").TextContentAsync())!);
        Assert.Empty(problems);
        Assert.Empty(sharedProblems);
    }

    [ChromiumFact]
    public async Task The_drawing_centres_the_document_with_the_stored_plan_implementing_it_above()
    {
        using (var admin = new HttpClient { BaseAddress = new Uri(session.App.BaseAddress) })
        {
            admin.DefaultRequestHeaders.Add("X-Api-Key", PolicyKbApplicationBase.ApiKey);
            var response = await admin.PostAsync("/api/ingest", Uploads.Form(("tinh-uy-242-kh-tu.txt", Uploads.Utf8(Uploads.CitedPlan))));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/doc/tinh-uy-242-kh-tu/luoc-do");
        var implementing = page.Locator(".map-group[data-kind='implementedBy'] .map-entry");
        await implementing.First.WaitForAsync();
        Assert.Contains("Có trong kho", await implementing.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal($"#/doc/{Plan}", await implementing.First.Locator(".map-entry__name").GetAttributeAsync("href"));

        await page.Locator("[role=tab]:text-is('Đồ thị')").ClickAsync();
        var self = await page.Locator("svg.map-graph .box--self").BoundingBoxAsync();
        var above = await page.Locator($"svg.map-graph a.node[href='#/doc/{Plan}'] rect").BoundingBoxAsync();
        Assert.True(above!.Y + above.Height < self!.Y, $"the implementing plan (y={above.Y}) is drawn above the document (y={self.Y})");
        Assert.InRange(self.X + self.Width / 2 - (await page.Locator("svg.map-graph").BoundingBoxAsync())!.Width / 2, -300, 300);
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "map-3-stored-above"));
        Assert.Empty(problems);
    }
}
