namespace PolicyKB.Tests.Browser;

/// <summary>Inferred values are shown marked "suy ra", with the reason, wherever they appear.</summary>
public sealed class InferredValuesUiTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task The_document_list_marks_an_inferred_issue_date_and_gives_the_reason()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/docs");
        var item = page.Locator(".result", new() { Has = page.Locator("a[href$='ha-tinh-2024-cung-co-y-te-co-so']") });
        await item.WaitForAsync();

        var badge = item.Locator(".result__meta .badge");
        Assert.StartsWith("suy ra", await badge.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("ngày muộn nhất của các văn bản được trích dẫn", await badge.GetAttributeAsync("title"), StringComparison.Ordinal);
        Assert.Contains("2024", await item.Locator(".result__meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("không ghi ngày", await item.Locator(".result__meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".result", new() { Has = page.Locator("a[href$='ha-giang-2021-ky-niem-ngay-thay-thuoc']") }).Locator(".badge").CountAsync());
        Assert.Empty(problems);
    }
}
