using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>The precedent finder as a drafter reads it: most alike first, a diff when most words are shared, shared phrases otherwise.</summary>
public sealed partial class PrecedentFinderUiTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task Precedents_read_in_the_order_of_the_similarity_shown_and_weak_ones_highlight_shared_phrases()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/similar");
        await page.Locator("#similar-text").FillAsync("Kiện toàn tổ chức bộ máy, nâng cao năng lực đội ngũ cán bộ y tế cơ sở.");
        await page.Keyboard.PressAsync("Control+Enter");
        var hits = page.Locator(".similar-hit");
        await hits.First.WaitForAsync();

        var count = await hits.CountAsync();
        var percents = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var hit = hits.Nth(i);
            var percent = int.Parse(Percent().Match(await hit.Locator(".similarity").InnerTextAsync()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            percents.Add(percent);
            var phrases = await hit.Locator(".shared__phrase").CountAsync();
            var changes = await hit.Locator("ins, del").CountAsync();
            if (percent < 50) Assert.True(phrases > 0 && changes == 0, $"hit {i + 1} ({percent}%): {phrases} phrases, {changes} diff marks");
            else Assert.Equal(0, phrases);
        }
        Assert.Equal(percents.OrderByDescending(p => p), percents);
        Assert.Contains(percents, p => p < 50);
        output.WriteLine(string.Join(", ", percents.Select(p => p + "%")));
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "precedents-phrases", fullPage: true));
        Assert.Empty(problems);
    }

    [GeneratedRegex(@"(\d+)%")]
    private static partial Regex Percent();
}
