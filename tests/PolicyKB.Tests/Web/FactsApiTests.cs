using System.Net;
using MiniExcelLibs;

namespace PolicyKB.Tests.Web;

public sealed class FactsApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task A_documents_facts_carry_signer_dates_relations_tasks_and_targets()
    {
        var facts = await app.CreateClient().GetOk("/api/documents/son-duong-2021-cong-tac-y-te-huyen/facts");

        Assert.Equal("Phạm Thị Nhị Bình", facts.GetProperty("signer").GetProperty("name").GetString());
        Assert.Equal("KT.", facts.GetProperty("signer").GetProperty("mode").GetString());
        Assert.Contains(facts.GetProperty("relations").EnumerateArray(), r => r.GetProperty("relation").GetString() == "implements");
        Assert.Contains(facts.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("lead").GetString() == "Phòng Y tế");
        Assert.Contains(facts.GetProperty("targets").EnumerateArray(), t => t.GetProperty("value").GetDecimal() == 420m);
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem()
    {
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/documents/khong-co/facts"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Tasks_are_filtered_by_agency_and_a_bad_date_is_a_400_problem()
    {
        var tasks = (await app.CreateClient().GetOk("/api/tasks?agency=SYT")).EnumerateArray().ToList();

        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Contains("Sở Y tế", t.GetProperty("task").GetRawText()));
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/tasks?dueBefore=30-06-2025"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Targets_compare_one_indicator_across_documents()
    {
        var targets = (await app.CreateClient().GetOk("/api/targets?indicator=b%E1%BA%A3o%20hi%E1%BB%83m%20y%20t%E1%BA%BF")).EnumerateArray().ToList();

        Assert.True(targets.Select(t => t.GetProperty("documentId").GetString()).Distinct().Count() >= 2);
    }

    [Fact]
    public async Task The_status_of_an_unknown_key_is_chua_ro()
    {
        var status = await app.CreateClient().GetOk("/api/status/281/Q%C4%90-TTg");

        Assert.Equal("unknown", status.GetProperty("status").GetString());
        Assert.Equal("Chưa rõ", status.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Tasks_export_to_an_excel_workbook_with_the_same_filter_and_real_dates()
    {
        var response = await app.CreateClient().GetAsync("/api/tasks/export.xlsx?agency=SYT");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nhiem-vu.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var listed = (await app.CreateClient().GetOk("/api/tasks?agency=SYT")).GetArrayLength();
        var rows = await Workbook(response);
        Assert.Equal(listed, rows.Count);
        Assert.All(rows, row => Assert.Contains("Sở Y tế", $"{row["Cơ quan chủ trì"]} {row["Cơ quan phối hợp"]}"));
        Assert.All(rows, row => Assert.False(string.IsNullOrWhiteSpace(row["Văn bản"]?.ToString())));
        // Deadlines are Excel dates, so the column sorts and filters by date.
        var all = await Workbook(await app.CreateClient().GetAsync("/api/tasks/export.xlsx"));
        Assert.Contains(all, row => row["Đến ngày"] is DateTime { Year: 2021, Month: 3, Day: 5 });
    }

    [Fact]
    public async Task A_task_export_of_an_unknown_document_is_a_404_problem_not_an_empty_file()
    {
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/tasks/export.xlsx?documentId=khong-co"), HttpStatusCode.NotFound);
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/tasks/export.xlsx?dueBefore=mai"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Agencies_are_listed_once_under_their_canonical_name_with_counts()
    {
        var agencies = (await app.CreateClient().GetOk("/api/tasks/agencies")).EnumerateArray().ToList();

        var names = agencies.Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var health = Assert.Single(agencies, a => a.GetProperty("name").GetString() == "Sở Y tế");
        Assert.True(health.GetProperty("lead").GetInt32() > 0);
        Assert.DoesNotContain("SYT", names);
    }

    [Fact]
    public async Task Indicators_shared_by_several_documents_come_first_and_targets_export_numbers()
    {
        var indicators = (await app.CreateClient().GetOk("/api/targets/indicators")).EnumerateArray().ToList();

        Assert.NotEmpty(indicators);
        Assert.True(indicators[0].GetProperty("documents").GetInt32() >= 2);
        var key = indicators[0].GetProperty("key").GetString()!;
        var response = await app.CreateClient().GetAsync($"/api/targets/export.xlsx?indicator={Uri.EscapeDataString(key)}");
        var rows = await Workbook(response);
        Assert.Equal(indicators[0].GetProperty("targets").GetInt32(), rows.Count);
        Assert.All(rows, row => Assert.IsType<double>(row["Giá trị"]));
    }

    [Fact]
    public async Task Statuses_answer_many_keys_in_one_request_in_the_order_asked()
    {
        var list = (await app.CreateClient().GetOk("/api/statuses?key=281/Q%C4%90-TTg&key=36/KH-SYT&key=281/Q%C4%90-TTg")).EnumerateArray().ToList();

        Assert.Equal(["281/QĐ-TTg", "36/KH-SYT", "281/QĐ-TTg"], list.Select(s => s.GetProperty("key").GetString()));
        Assert.All(list, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("label").GetString())));
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/statuses"), HttpStatusCode.BadRequest);
        var tooMany = string.Join("&", Enumerable.Range(1, 301).Select(i => $"key={i}/QĐ-UBND"));
        await ApiAssert.Problem(await app.CreateClient().GetAsync($"/api/statuses?{tooMany}"), HttpStatusCode.BadRequest);
    }

    private static async Task<List<IDictionary<string, object>>> Workbook(HttpResponseMessage response)
    {
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
    }
}
