using Microsoft.Playwright;

namespace PolicyKB.Tests.Browser;

/// <summary>
/// Every page of the UI in its used state (after typing, searching, comparing, uploading), one at a time, for checks
/// that must hold everywhere (accessibility, Vietnamese wording). The API reference (/api-docs) is not part of it.
/// </summary>
public static class PageTour
{
    /// <summary>Brings <paramref name="page"/> to each state in turn and runs <paramref name="check"/> on it.</summary>
    public static async Task VisitAsync(IPage page, Func<string, Task> check)
    {
        await page.GotoAsync("/");
        await page.Locator("#search-input").WaitForAsync();
        await check("home");

        await page.Locator("#search-input").FillAsync("bao hiem y te");
        await page.Locator("#search-results[data-query='bao hiem y te'] .result").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await check("search results");

        await page.GotoAsync("/#/docs");
        await page.Locator(".page h1").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await check("document list");

        await page.GotoAsync("/#/doc/ha-tinh-2024-cung-co-y-te-co-so/III.2.b");
        await page.Locator(".clause.is-target").WaitForAsync();
        await page.Locator("#related-title").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await check("document");

        await page.Locator(".tasks__details > summary").ClickAsync();
        await page.Locator("#tasks-agency").SelectOptionAsync("Sở Y tế");
        await page.Locator("#tasks-sort").ClickAsync();
        await check("document tasks, filtered and sorted");

        await page.GotoAsync("/#/tasks");
        await page.Locator(".timeline").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await check("tasks by agency");

        await page.GotoAsync("/#/targets");
        await page.Locator("#targets-indicator option:nth-child(2)").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#targets-indicator").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator(".chart__svg").WaitForAsync();
        await check("targets compared");

        await page.GotoAsync("/#/doc/ha-tinh-2024-cung-co-y-te-co-so/luoc-do");
        await page.Locator(".map-group .map-entry").First.WaitForAsync();
        await page.Locator(".map-group[data-kind='implements'] .map-entry summary").First.ClickAsync();
        await check("luoc do list");

        await page.Locator("[role=tab]:text-is('Đồ thị')").ClickAsync();
        await page.Locator("svg.map-graph a.edge-link").First.ClickAsync();
        await page.Locator(".map-pick .map-clause").First.WaitForAsync();
        await check("luoc do drawing with an edge chosen");

        await page.GotoAsync("/#/cite/25-CT%2FTW");
        await page.Locator(".cite-group").First.WaitForAsync();
        await check("citation");

        await page.GotoAsync("/#/graph");
        await page.Locator("svg.graph").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await check("graph");

        await page.GotoAsync("/#/similar");
        await page.Locator("#similar-text").FillAsync("Kiện toàn tổ chức bộ máy, nâng cao năng lực đội ngũ cán bộ y tế cơ sở.");
        await page.Keyboard.PressAsync("Control+Enter");
        await page.Locator(".similar-hit").First.WaitForAsync();
        await check("precedents");

        await page.GotoAsync("/#/ask");
        await page.Locator("#chat-panel textarea").WaitForAsync();
        await page.Locator("#chat-panel textarea").FillAsync("Kế hoạch củng cố y tế cơ sở của Hà Tĩnh do ai ban hành?");
        await page.Locator("#chat-panel textarea").PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(1500); // the answer streams in; judge the page once it has settled
        await check("ask");

        await page.GotoAsync("/#/admin");
        await page.Locator("#api-key").FillAsync(Web.PolicyKbApplicationBase.ApiKey);
        await page.Locator("#upload-input").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "hong.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 hỏng"u8.ToArray() },
            new FilePayload { Name = "khong-doi.txt", MimeType = "text/plain", Buffer = File.ReadAllBytes(Path.Combine(Support.SharedData.ContentDirectory, "ha-tinh-2021-thi-dua-nganh-y-te.txt")) },
        });
        await page.WaitForFunctionAsync("document.querySelectorAll('.upload .badge--ok, .upload .badge--warn, .upload .badge--err').length >= 2");
        await page.Locator(".upload-summary").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await check("admin after upload");

        await page.Locator("#api-key").FillAsync("");
        await page.Locator("#upload-input").SetInputFilesAsync(new FilePayload { Name = "khong-khoa.txt", MimeType = "text/plain", Buffer = "KẾ HOẠCH\nThử"u8.ToArray() });
        await page.Locator(".upload .error-box").WaitForAsync();
        await check("admin upload without the key");

        await page.GotoAsync("/#/doc/van-ban-khong-co-trong-kho");
        await page.Locator(".error-box").WaitForAsync();
        await check("missing document");
    }

    /// <summary>Console lines the tour causes on purpose (a refused upload, a missing document), not script errors.</summary>
    public static bool IsExpectedRefusal(string problem) =>
        problem.Contains("status of 401", StringComparison.Ordinal) || problem.Contains("status of 404", StringComparison.Ordinal)
        || problem.Contains("status of 415", StringComparison.Ordinal);
}
