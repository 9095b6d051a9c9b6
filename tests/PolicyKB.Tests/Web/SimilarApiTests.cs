using System.Net;
using System.Net.Http.Json;

namespace PolicyKB.Tests.Web;

public sealed class SimilarApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    private const string Clause = "ha-tinh-2021-thi-dua-nganh-y-te/IV.5";

    [Fact]
    public async Task A_pasted_paragraph_finds_clauses_of_other_plans_with_a_word_diff()
    {
        var result = await ApiAssert.Ok(await app.CreateClient().PostAsJsonAsync("/api/similar",
            new { text = "Kiện toàn tổ chức bộ máy, nâng cao năng lực đội ngũ cán bộ y tế cơ sở", top = 5 }));

        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.InRange(hits.Count, 1, 5);
        Assert.Equal(Clause, hits[0].GetProperty("clauseId").GetString());
        foreach (var hit in hits)
        {
            var kinds = hit.GetProperty("diff").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToHashSet();
            Assert.Contains("equal", kinds);
            Assert.Subset(new HashSet<string?> { "equal", "insert", "delete" }, kinds);
            // The precedent's own text is the diff without the input-only words.
            var rebuilt = string.Concat(hit.GetProperty("diff").EnumerateArray().Where(d => d.GetProperty("kind").GetString() != "delete").Select(d => d.GetProperty("text").GetString()));
            Assert.Equal(Normalize(hit.GetProperty("text").GetString()!), Normalize(rebuilt));
            Assert.InRange(hit.GetProperty("similarity").GetDouble(), 0, 1);
        }
    }

    [Fact]
    public async Task A_clause_finds_precedents_in_other_documents_only()
    {
        var result = await app.CreateClient().GetOk($"/api/similar/{Clause}?top=5");

        Assert.Equal(Clause, result.GetProperty("clauseId").GetString());
        Assert.NotEmpty(result.GetProperty("hits").EnumerateArray());
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.NotEqual("ha-tinh-2021-thi-dua-nganh-y-te", h.GetProperty("documentId").GetString()));
    }

    [Fact]
    public async Task Filters_apply_to_precedents()
    {
        var result = await app.CreateClient().GetOk($"/api/similar/{Clause}?province=Thanh%20H%C3%B3a");

        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.Equal("thanh-hoa-2021-ke-hoach-hanh-dong-y-te", h.GetProperty("documentId").GetString()));
    }

    [Fact]
    public async Task An_unknown_clause_is_a_404()
    {
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/similar/khong-co/I.1"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{\"text\":\"\"}", "dán")]
    [InlineData("{\"text\":\"y tế\",\"top\":0}", "top")]
    [InlineData("{\"text\":\"y tế\",\"year\":1800}", "year")]
    [InlineData("{\"text\":", "JSON")]
    public async Task Bad_bodies_are_400_problems(string body, string mentioned)
    {
        var response = await app.CreateClient().PostAsync("/api/similar", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ApiAssert.Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains(mentioned, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_overlong_paragraph_is_a_400()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/similar", new { text = string.Join(' ', Enumerable.Repeat("kế hoạch", 2000)) });

        await ApiAssert.Problem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Bad_clause_parameters_are_400_problems()
    {
        await ApiAssert.Problem(await app.CreateClient().GetAsync($"/api/similar/{Clause}?top=99"), HttpStatusCode.BadRequest);
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/similar/"), HttpStatusCode.BadRequest);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
