using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>"Sửa thông tin văn bản" on the document page: corrected by keyboard alone, shown at once, kept in the history.</summary>
public sealed class MetadataCorrectionUiTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private const string SonDuong = "son-duong-2021-cong-tac-y-te-huyen";

    [ChromiumFact]
    public async Task An_official_corrects_the_number_by_keyboard_and_sees_it_on_the_page_in_the_list_and_in_the_history()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync($"/#/doc/{SonDuong}");
        var opener = page.GetByRole(AriaRole.Button, new() { Name = "Sửa thông tin văn bản" });
        await opener.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("correction-type", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.GetByLabel("Số, ký hiệu").FillAsync("77/kh-ttyt");
        await page.GetByLabel("Người sửa (họ tên, đơn vị)").FillAsync("Trần Văn Nam - Văn phòng");
        await page.GetByLabel("Khoá quản trị").FillAsync(Web.PolicyKbApplicationBase.ApiKey);
        await page.Keyboard.PressAsync("Enter");

        await page.Locator(".doc-header .meta-grid", new() { HasText = "77/KH-TTYT" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sửa thông tin văn bản" }).ClickAsync();
        var history = page.Locator(".correction-history li").First;
        await history.WaitForAsync();
        var entry = await history.InnerTextAsync();
        Assert.Contains("Số hiệu: (trống) → 77/KH-TTYT", entry, StringComparison.Ordinal);
        Assert.Contains("Trần Văn Nam - Văn phòng", entry, StringComparison.Ordinal);
        if (Axe.Missing is null) Assert.Empty(await Axe.SeriousViolationsAsync(page));
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "document-correction"));

        await page.GotoAsync("/#/docs");
        await page.GetByLabel("Tìm văn bản").FillAsync("77/KH-TTYT");
        await page.WaitForFunctionAsync("document.querySelector('.page [role=status]')?.textContent.startsWith('1 văn bản')");
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task A_correction_without_the_person_making_it_is_refused_in_Vietnamese_and_Escape_closes_the_form()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync($"/#/doc/{SonDuong}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sửa thông tin văn bản" }).ClickAsync();
        await page.GetByLabel("Người ký").FillAsync("Lê Thị Lan");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();

        Assert.Contains("Thiếu người sửa", await page.Locator(".correction [role=alert]").InnerTextAsync(), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.Locator("#correction").IsVisibleAsync());
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Sửa thông tin văn bản" }).EvaluateAsync<string>("b => String(document.activeElement === b)"));
        Assert.Empty(problems);
    }
}
