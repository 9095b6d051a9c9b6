using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>The real UI in headless Chromium against the real host on Kestrel.</summary>
public sealed class UiTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task A_search_without_diacritics_opens_the_clause_and_a_citation_chip_opens_the_citation_page()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#search-input").WaitForAsync();
        await page.Locator("#noi-dung").FocusAsync();

        await page.Keyboard.PressAsync("/");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.id === 'search-input'"), "'/' should focus the search box");
        await page.Keyboard.TypeAsync("bao hiem y te");
        // Results of a half-typed query may show first; wait for those of the whole query.
        await page.Locator("#search-results[data-query='bao hiem y te'] .result").First.WaitForAsync();
        var marks = (await page.Locator(".result mark").AllInnerTextsAsync()).Select(t => t.ToLowerInvariant()).ToList();
        Assert.Contains(marks, m => m.Contains("hiểm", StringComparison.Ordinal)); // "bao hiem" found as "bảo hiểm"
        Assert.Contains(marks, m => m.Contains("y tế", StringComparison.Ordinal));
        Assert.Matches(@"\d+ điều khoản phù hợp", await page.Locator(".search-status").InnerTextAsync());
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "1-search-bao-hiem-y-te"));

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.classList.contains('result__link')"));
        var href = await page.Locator(".result__link").First.GetAttributeAsync("href");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("#/doc/[^/]+/.+"));
        Assert.EndsWith(href!, page.Url);
        var target = page.Locator(".clause.is-target");
        await target.WaitForAsync();
        Assert.True(await target.IsVisibleAsync());
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "2-document-at-clause"));

        var chip = page.Locator("a.chip[href^='#/cite/']").First;
        var key = await chip.InnerTextAsync();
        await chip.ClickAsync();
        await page.WaitForURLAsync(new Regex("#/cite/"));
        await page.Locator(".cite-group").First.WaitForAsync();
        Assert.Contains(key.Split(' ').Last(), await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator(".citing mark").CountAsync() > 0);
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "3-citation-page"));
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task A_deep_link_opens_the_document_at_the_clause_with_metadata_and_panels()
    {
        var (page, problems) = await session.NewPageAsync();

        await page.GotoAsync("/#/doc/ha-tinh-2024-cung-co-y-te-co-so/III.2.b");

        var target = page.Locator(".clause.is-target");
        await target.WaitForAsync();
        Assert.StartsWith("b)", await target.Locator(".clause__text").InnerTextAsync());
        Assert.Equal("true", await page.Locator(".outline a[aria-current='location']").EvaluateAsync<string>("a => a.closest('.outline__branch').querySelector('.outline__toggle').getAttribute('aria-expanded')"));
        Assert.Contains("UBND tỉnh Hà Tĩnh", await page.Locator(".doc-header").InnerTextAsync());
        Assert.Contains("281/QĐ-TTg", await page.Locator("section[aria-labelledby='basis-title']").InnerTextAsync());
        await page.Locator("#related-title").WaitForAsync();
        Assert.True(await page.Locator(".outline .outline__branch").CountAsync() > 3);
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task The_precedent_finder_marks_differences_and_copies_a_clause_with_its_citation()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/similar");

        // Close to a clause of the Hà Tĩnh 2021 plan, so the best precedent shares most words and shows a word diff
        // (weaker ones show shared phrases instead: PrecedentFinderUiTests).
        await page.Locator("#similar-text").FillAsync("Kiện toàn tổ chức bộ máy ngành y tế, nâng cao chất lượng nguồn nhân lực y tế cơ sở.");
        await page.Keyboard.PressAsync("Control+Enter");
        var first = page.Locator(".similar-hit").First;
        await first.WaitForAsync();
        Assert.True(await page.Locator(".similar-hit ins").CountAsync() > 0);
        Assert.True(await page.Locator(".similar-hit del").CountAsync() > 0);
        Assert.Matches(@"\d+% giống", await first.InnerTextAsync());

        await first.GetByRole(AriaRole.Button, new() { Name = "Sao chép kèm trích dẫn" }).ClickAsync();
        await page.Locator(".toast.is-visible").WaitForAsync();
        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Matches(@"^\S.* \(theo ((điểm|khoản|tiểu mục) \S+ )*Mục [IVX]+ Kế hoạch .*của (Sở Y tế|UBND) .+\)$", copied);
        output.WriteLine("copied: " + copied);
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "4-precedent-finder"));
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task The_graph_draws_documents_and_cited_documents_as_links()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/graph?all=1");

        await page.Locator("svg.graph").WaitForAsync();
        Assert.True(await page.Locator("svg.graph a.node--document").CountAsync() >= 5); // the upload test may add one
        Assert.True(await page.Locator("svg.graph path.edge--basis").CountAsync() > 0);
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "5-graph", fullPage: true));

        await page.Locator("svg.graph a.node--cited").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("#/cite/"));
        await page.Locator(".cite-group").First.WaitForAsync();
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task The_admin_page_uploads_with_the_key_and_reports_each_file()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/admin");

        await page.Locator("#api-key").FillAsync(Web.PolicyKbApplicationBase.ApiKey);
        await page.Locator("#upload-input").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "tinh-uy-242-kh-tu.txt", MimeType = "text/plain", Buffer = Web.Uploads.Utf8(Web.Uploads.CitedPlan) },
            new FilePayload { Name = "anh.pdf", MimeType = "application/pdf", Buffer = Web.Uploads.Utf8("không phải PDF") },
        });

        await page.Locator(".upload .badge--ok").WaitForAsync();
        await page.Locator(".upload .badge--err").WaitForAsync();
        Assert.Contains("Đã nạp", await page.Locator(".upload").Filter(new() { HasText = "tinh-uy-242-kh-tu.txt" }).InnerTextAsync());
        Assert.Contains("văn bản thuần", await page.Locator(".upload").Filter(new() { HasText = "anh.pdf" }).InnerTextAsync());
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "6-admin-upload"));
        problems.RemoveAll(p => p.Contains("415", StringComparison.Ordinal)); // the refused upload is logged by the browser
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Every_page_fits_a_phone_screen()
    {
        var (page, problems) = await session.NewPageAsync(375, 812);

        foreach (var (hash, name) in new[]
        {
            ("#/?q=bao%20hiem%20y%20te", "7-phone-search"), ("#/doc/ha-tinh-2024-cung-co-y-te-co-so/III.2.b", "8-phone-document"),
            ("#/cite/25-CT%2FTW", "9-phone-citation"), ("#/similar", "10-phone-similar"), ("#/docs", "11-phone-documents"),
            ("#/ask", "12-phone-ask"), ("#/admin", "13-phone-admin"),
        })
        {
            await page.GotoAsync("/" + hash);
            await page.Locator(".page > *").First.WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{hash} is {overflow}px wider than the phone screen");
            output.WriteLine(await BrowserSession.ScreenshotAsync(page, name));
        }
        await page.GotoAsync("/#/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Danh mục" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hỏi đáp" }).ClickAsync();
        await page.Locator("#chat-panel").WaitForAsync();
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task The_first_search_page_renders_quickly()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/"); // warm the host's caches and the browser's module cache once
        // Leave the app before opening the deep link, so it is a fresh page load as a user's bookmark is: going from "/"
        // straight to "/#/?q=…" is only a hash change, which can arrive before the booting app listens for it.
        await page.GotoAsync("about:blank");

        var clock = Stopwatch.StartNew();
        await page.GotoAsync("/#/?q=y%20te%20co%20so");
        await page.Locator(".result").First.WaitForAsync();
        clock.Stop();
        var navigation = await page.EvaluateAsync<double>("performance.now()");

        output.WriteLine($"first results rendered {clock.ElapsedMilliseconds} ms after navigation (page clock {navigation:0} ms)");
        Console.WriteLine($"first page render: {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.ElapsedMilliseconds < 5000, $"took {clock.ElapsedMilliseconds} ms");
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "0-search-deep-link"));
        Assert.Empty(problems);
    }
}
