using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>"Sao chép kèm trích dẫn" on every clause of the document page, in the drafting citation format.</summary>
public sealed class CopyWithCitationTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task A_clause_is_copied_with_its_drafting_citation_innermost_unit_first()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/doc/ha-giang-2021-ky-niem-ngay-thay-thuoc/II.1");
        var clause = page.Locator(".clause.is-target");
        await clause.WaitForAsync();

        await clause.GetByRole(AriaRole.Button, new() { NameRegex = new("^Sao chép kèm trích dẫn") }).ClickAsync();
        await page.Locator(".toast.is-visible").WaitForAsync();
        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");

        output.WriteLine("copied: " + copied);
        Assert.EndsWith(" (theo khoản 1 Mục II Kế hoạch số 36/KH-SYT ngày 29/01/2021 của Sở Y tế tỉnh Hà Giang)", copied, StringComparison.Ordinal);
        Assert.StartsWith("Các hoạt động Kỷ niệm ngày Thầy thuốc Việt Nam", copied, StringComparison.Ordinal); // the printed "1." is left out
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task The_locator_names_each_unit_and_an_unnumbered_plan_is_named_by_its_title()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/");
        var cited = await page.EvaluateAsync<string[]>(
            "async () => { const f = await import('/js/format.js'); return [" +
            " f.draftingCitation({ labels: ['III', '2', 'b'], type: 'Kế hoạch', number: '36/KH-SYT', issuedOn: '2021-01-29', issuer: 'Sở Y tế tỉnh Hà Giang' })," +
            " f.draftingCitation({ labels: ['II', '1', '1.2', '-3'], type: 'Kế hoạch', title: 'Hành động thực hiện Quyết định số 01/QĐ-UBND', issuedOn: '2021-01', issuer: 'Sở Y tế tỉnh Thanh Hóa' })," +
            " f.draftingLocator(['Điều 5', '2', 'a']), f.draftingLocator(['preamble'])]; }");
        Assert.Equal(
        [
            "(theo điểm b khoản 2 Mục III Kế hoạch số 36/KH-SYT ngày 29/01/2021 của Sở Y tế tỉnh Hà Giang)",
            "(theo gạch đầu dòng thứ 3 tiểu mục 1.2 khoản 1 Mục II Kế hoạch “Hành động thực hiện Quyết định số 01/QĐ-UBND” tháng 01/2021 của Sở Y tế tỉnh Thanh Hóa)",
            "điểm a khoản 2 Điều 5",
            "phần mở đầu",
        ], cited);
        Assert.Empty(problems);
    }
}
