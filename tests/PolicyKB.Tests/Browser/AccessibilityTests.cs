using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>axe-core finds no critical or serious violation on any page, in its used state, on a desktop or a phone.</summary>
public sealed class AccessibilityTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    [AxeFact]
    public async Task No_page_has_a_critical_or_serious_accessibility_violation()
    {
        Assert.Null(Axe.Missing);
        var failures = new List<string>();
        foreach (var (width, height) in new[] { (1366, 768), (375, 812) })
        {
            var (page, problems) = await session.NewPageAsync(width, height);
            await PageTour.VisitAsync(page, async state =>
            {
                var violations = await Axe.SeriousViolationsAsync(page);
                output.WriteLine($"{state} @{width}px: {violations.Count} serious or critical violations");
                failures.AddRange(violations.Select(v => $"{state} @{width}px: {v}"));
                var name = $"a11y-{width}-{state.Replace(' ', '-')}";
                output.WriteLine(await BrowserSession.ScreenshotAsync(page, name));
            });
            problems.RemoveAll(PageTour.IsExpectedRefusal);
            failures.AddRange(problems);
            await page.Context.CloseAsync();
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
