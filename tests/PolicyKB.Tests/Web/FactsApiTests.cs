using System.Net;

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
}
