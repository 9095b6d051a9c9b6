using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>The document page's facts: the facts card, the tasks table (sort, filter, CSV) and the legal-basis status badges.</summary>
public sealed class DocumentFactsTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private const string Plan = "ha-tinh-2024-cung-co-y-te-co-so";
    private const string ActionPlan = "thanh-hoa-2021-ke-hoach-hanh-dong-y-te";

    [ChromiumFact]
    public async Task The_tasks_table_sorts_by_deadline_filters_by_agency_and_exports_the_shown_rows_as_csv_with_a_bom()
    {
        var (page, problems) = await session.NewPageAsync();

        // Thanh Hoá's action plan gives three tasks a dated deadline and two none.
        await OpenTasksAsync(page, ActionPlan);
        Assert.Equal(["2021-12-31", "2020-01-15", "2021-01-15", "", ""], await DueDatesAsync(page, ActionPlan)); // document order
        await page.Locator("#tasks-sort").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("ascending", await page.Locator("th:has(#tasks-sort)").GetAttributeAsync("aria-sort"));
        Assert.Equal(["2020-01-15", "2021-01-15", "2021-12-31", "", ""], await DueDatesAsync(page, ActionPlan));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("descending", await page.Locator("th:has(#tasks-sort)").GetAttributeAsync("aria-sort"));
        Assert.Equal(["2021-12-31", "2021-01-15", "2020-01-15", "", ""], await DueDatesAsync(page, ActionPlan));

        Assert.Empty(problems);

        (page, problems) = await session.NewPageAsync();
        await OpenTasksAsync(page, Plan);
        var total = await page.Locator(".tasks tbody tr").CountAsync();
        Assert.True(total > 3, $"the plan assigns several tasks, the table shows {total}");
        var options = await page.Locator("#tasks-agency option").AllInnerTextsAsync();
        Assert.Equal("Tất cả cơ quan", options[0]);
        Assert.Contains("Sở Y tế", options);
        await page.Locator("#tasks-agency").SelectOptionAsync("Sở Y tế");
        var rows = page.Locator(".tasks tbody tr");
        var shown = await rows.CountAsync();
        Assert.InRange(shown, 1, total - 1);
        for (var i = 0; i < shown; i++)
        {
            var agencies = await rows.Nth(i).Locator("td").Nth(2).InnerTextAsync() + ";" + await rows.Nth(i).Locator("td").Nth(3).InnerTextAsync();
            Assert.Contains("Sở Y tế", agencies, StringComparison.Ordinal);
        }
        Assert.Contains($"{shown}/{total} nhiệm vụ", await page.Locator(".tasks [role=status]").InnerTextAsync());

        var csv = await page.Locator("#tasks-csv").EvaluateAsync<string>("a => decodeURIComponent(a.href.slice(a.href.indexOf(',') + 1))");
        Assert.StartsWith("\uFEFFSTT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời hạn", csv, StringComparison.Ordinal);
        Assert.StartsWith("data:text/csv;charset=utf-8,", await page.Locator("#tasks-csv").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.EndsWith(".csv", await page.Locator("#tasks-csv").GetAttributeAsync("download"), StringComparison.Ordinal);
        Assert.Contains("Sở Y tế", csv, StringComparison.Ordinal);
        Assert.Equal(shown + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - QuotedLineBreaks(csv));

        var clauseLink = rows.First.Locator("td").Last.Locator("a");
        var href = await clauseLink.GetAttributeAsync("href");
        Assert.StartsWith($"#/doc/{Plan}/", href, StringComparison.Ordinal);
        Assert.DoesNotContain(Plan, await page.Locator(".tasks").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator(".tasks").ScrollIntoViewIfNeededAsync();
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "facts-1-tasks-filtered"));
        await clauseLink.ClickAsync();
        await page.Locator(".clause.is-target").WaitForAsync();
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task The_facts_card_shows_the_signer_with_the_signing_mode_the_dates_and_the_relations()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/doc/son-duong-2021-cong-tac-y-te-huyen");
        var card = page.Locator(".facts-card");
        await card.WaitForAsync();
        var text = await card.InnerTextAsync();
        Assert.Contains("Người ký", text, StringComparison.Ordinal);
        Assert.Contains("KT. CHỦ TỊCH", text, StringComparison.Ordinal);
        Assert.Contains("Ngày ban hành", text, StringComparison.Ordinal);
        Assert.Contains("Ngày hiệu lực", text, StringComparison.Ordinal);

        await page.GotoAsync($"/#/doc/{Plan}");
        await page.Locator(".facts-card .relations").WaitForAsync();
        text = await page.Locator(".facts-card").InnerTextAsync();
        Assert.Contains("suy ra", text, StringComparison.Ordinal); // the plan prints no date: it is inferred
        Assert.Contains("Thực hiện", text, StringComparison.Ordinal);
        Assert.Contains("281/QĐ-TTg", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Plan, text, StringComparison.Ordinal);

        // Every cited key of the legal basis gets a status badge once the answers arrive.
        await page.WaitForFunctionAsync("[...document.querySelectorAll('.basis-list .status-slot')].every(s => s.querySelector('.status'))");
        var badges = await page.Locator(".basis-list .status").AllInnerTextsAsync();
        Assert.NotEmpty(badges);
        Assert.All(badges, b => Assert.Matches("^(Còn hiệu lực|Đã bị bãi bỏ|Bị thay thế|Sửa đổi một phần|Chưa rõ)", b));
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "facts-2-card"));
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task The_csv_quotes_commas_and_quotes_and_keeps_cells_that_excel_would_run_as_formulas_as_text()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/");
        var csv = await page.EvaluateAsync<string>(
            "async () => (await import('/js/pages/document-tasks.js')).tasksCsv([{ index: 0, task: {" +
            " text: 'Lập \"kế hoạch\", báo cáo', lead: '=HYPERLINK(1)', cooperating: ['Sở Tài chính', 'Sở Nội vụ'], output: '- Báo cáo'," +
            " deadline: { text: 'Quý II/2025', kind: 'period', from: '2025-04-01', to: '2025-06-30' }, clauseId: 'kh/III.2' } }], 'kh')");
        Assert.Equal("\uFEFFSTT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời hạn,Từ ngày,Đến ngày,Sản phẩm,Điều khoản\r\n" +
            "1,\"Lập \"\"kế hoạch\"\", báo cáo\",'=HYPERLINK(1),\"Sở Tài chính; Sở Nội vụ\",Quý II/2025,01/04/2025,30/06/2025,- Báo cáo,Mục III.2\r\n", csv);
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task A_status_badge_says_in_words_what_happened_and_links_the_acting_document()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/");
        var badges = await page.EvaluateAsync<string[]>(
            "async () => { const m = await import('/js/pages/document-facts.js');" +
            " const by = [{ key: '01/2025/TT-BLĐTBXH', documentId: 'tt-01-2025', relation: 'repeals' }];" +
            " return [m.statusBadge({ status: 'in-force', by: [] }), m.statusBadge({ status: 'repealed', by })," +
            " m.statusBadge({ status: 'replaced', by: [{ ...by[0], relation: 'replaces' }] }), m.statusBadge({ status: 'amended', by: [{ ...by[0], relation: 'amends' }] })," +
            " m.statusBadge({ status: 'unknown', by: [] }), m.statusBadge(null)]" +
            ".map(b => b.textContent + (b.querySelector('a') ? ' -> ' + b.querySelector('a').getAttribute('href') : '')); }");
        Assert.Equal(
        [
            "Còn hiệu lực", "Đã bị bãi bỏ bởi 01/2025/TT-BLĐTBXH -> #/doc/tt-01-2025", "Bị thay thế bởi 01/2025/TT-BLĐTBXH -> #/doc/tt-01-2025",
            "Sửa đổi một phần bởi 01/2025/TT-BLĐTBXH -> #/doc/tt-01-2025", "Chưa rõ", "Chưa rõ",
        ], badges);
        Assert.Empty(problems);
    }

    /// <summary>Opens the document and its tasks section (closed by default when the list is long).</summary>
    public static async Task OpenTasksAsync(IPage page, string documentId)
    {
        await page.GotoAsync($"/#/doc/{documentId}");
        var details = page.Locator(".tasks__details");
        await details.WaitForAsync();
        if (await details.GetAttributeAsync("open") is null) await page.Locator(".tasks__details > summary").ClickAsync();
        await page.Locator(".tasks tbody tr").First.WaitForAsync();
    }

    /// <summary>The due date of each shown row ("" when none), in table order, read from the document's facts.</summary>
    private static async Task<List<string>> DueDatesAsync(IPage page, string documentId)
    {
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => { const f = await (await fetch('/api/documents/" + documentId + "/facts')).json();" +
            " return [...document.querySelectorAll('.tasks tbody tr')].map(tr => f.tasks[Number(tr.cells[0].textContent) - 1])" +
            ".map(t => t.deadline?.to ?? t.deadline?.from ?? ''); }");
        return json.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private static int QuotedLineBreaks(string csv)
    {
        var count = 0;
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"') quoted = !quoted;
            else if (quoted && csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') count++;
        }
        return count;
    }
}
