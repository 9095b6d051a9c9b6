using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>
/// How the UI loads: compressed, cacheable, with the icon found. First-paint times are measured in the browser and
/// written to the output (figures to report, not asserted: timings depend on the machine).
/// </summary>
public sealed class LoadingTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private const string DocumentId = "ha-tinh-2024-cung-co-y-te-co-so";

    [ChromiumFact]
    public async Task A_second_visit_takes_the_fingerprinted_files_from_the_browser_cache()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync($"/#/doc/{DocumentId}");
        await page.Locator(".clause").First.WaitForAsync();

        await page.ReloadAsync();
        await page.Locator(".clause").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var assets = await page.EvaluateAsync<string[]>(
            "performance.getEntriesByType('resource').filter(e => e.name.includes('/v/')).map(e => e.name + ' ' + e.transferSize)");
        output.WriteLine(string.Join("\n", assets));
        Assert.NotEmpty(assets);
        // A transfer size of 0 means the file came from the browser's cache without asking the server.
        Assert.All(assets, a => Assert.EndsWith(" 0", a, StringComparison.Ordinal));
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task First_paint_of_home_document_and_search_is_measured_on_a_cold_load()
    {
        var pages = new[] { ("", "#search-input"), ($"#/doc/{DocumentId}", ".clause"), ("#/?q=y%20te%20co%20so", ".result") };
        // Warm the host (JIT, caches) once, so the figures are the browser's cold load, not the server's first request.
        var (warm, _) = await session.NewPageAsync();
        foreach (var (hash, ready) in pages)
        {
            await warm.GotoAsync("/" + hash);
            await warm.Locator(ready).First.WaitForAsync();
        }
        await warm.Context.CloseAsync();

        foreach (var (hash, ready) in pages)
        {
            var (page, problems) = await session.NewPageAsync();
            var requests = new List<string>();
            page.Response += (_, response) => requests.Add($"{response.Status} {response.Url}");
            await page.GotoAsync("/" + hash);
            await page.Locator(ready).First.WaitForAsync();
            var paint = await page.EvaluateAsync<double>(
                "performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint')?.startTime ?? -1");
            var bytes = await page.EvaluateAsync<double>(
                "performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation')).reduce((s, e) => s + e.transferSize, 0)");
            output.WriteLine($"first contentful paint {(hash.Length == 0 ? "/" : hash)}: {paint:0} ms, {bytes / 1024:0.0} KB transferred");
            Console.WriteLine($"first contentful paint {(hash.Length == 0 ? "/" : hash)}: {paint:0} ms, {bytes / 1024:0.0} KB transferred");
            Assert.True(paint > 0, "the browser recorded no first contentful paint");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.DoesNotContain(requests, r => r[0] is '4' or '5'); // the icon included
            Assert.DoesNotContain(requests, r => r.Contains("scalar", StringComparison.OrdinalIgnoreCase)); // the API reference loads on /api-docs only
            Assert.Empty(problems);
            await page.Context.CloseAsync();
        }
    }
}
