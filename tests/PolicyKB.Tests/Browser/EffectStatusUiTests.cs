using System.Net.Http.Headers;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>
/// Effect status in the reading view, end to end: a decision that repeals a stored plan is uploaded, and the plan's
/// page then says so in a banner, while the decision's own citation chip of the plan is marked as repealed.
/// </summary>
public sealed class EffectStatusUiTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private const string RepealedPlan = "ha-giang-2021-ky-niem-ngay-thay-thuoc";

    private const string RepealingDecision = """
        UBND TỈNH HÀ GIANG
        SỞ Y TẾ
        Số: 120/QĐ-SYT
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Hà Giang, ngày 10 tháng 3 năm 2021

        QUYẾT ĐỊNH
        Về việc bãi bỏ Kế hoạch số 36/KH-SYT ngày 29/01/2021 của Sở Y tế

        GIÁM ĐỐC SỞ Y TẾ TỈNH HÀ GIANG

        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

        QUYẾT ĐỊNH:
        Điều 1. Bãi bỏ Kế hoạch số 36/KH-SYT ngày 29/01/2021 của Sở Y tế tỉnh Hà Giang về tổ chức các hoạt động kỷ niệm 66 năm ngày Thầy thuốc Việt Nam.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

        GIÁM ĐỐC
        Nguyễn Văn A
        """;

    [ChromiumFact]
    public async Task A_repealed_plan_says_so_above_its_header_and_chips_citing_it_are_marked()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync($"/#/doc/{RepealedPlan}");
        await page.Locator(".doc-header").WaitForAsync();
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        Assert.Equal(0, await page.Locator(".effect-banner").CountAsync()); // nothing in the store repeals it yet

        using (var client = new HttpClient { BaseAddress = new Uri(session.App.BaseAddress), DefaultRequestHeaders = { { "X-Api-Key", Web.PolicyKbApplicationBase.ApiKey } } })
        using (var form = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(RepealingDecision));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(file, "files", "qd-120-syt-bai-bo.txt");
            var response = await client.PostAsync("/api/ingest", form);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        await page.GotoAsync("/#/docs");
        await page.GotoAsync($"/#/doc/{RepealedPlan}");
        var banner = page.Locator(".effect-banner");
        await banner.WaitForAsync();
        Assert.Equal("Văn bản này đã bị bãi bỏ bởi 120/QĐ-SYT từ ngày 10/03/2021.", (await banner.InnerTextAsync()).Trim());
        Assert.StartsWith("#/doc/qd-120-syt-bai-bo", await banner.Locator("a").GetAttributeAsync("href"), StringComparison.Ordinal);
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "effect-banner"));

        await banner.Locator("a").ClickAsync();
        var chip = page.Locator(".chip.chip--repealed[data-key='36/KH-SYT']").First;
        await chip.WaitForAsync();
        Assert.Contains("Đã bị bãi bỏ bởi 120/QĐ-SYT", await chip.GetAttributeAsync("title"), StringComparison.Ordinal);
        Assert.Contains("(đã bị bãi bỏ)", await chip.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(problems);
    }
}
