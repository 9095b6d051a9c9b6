using System.Net;
using System.Text;
using System.Text.Json;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Answering;

/// <summary>Malformed bodies posted to /api/ask and /api/ask/stream: each a 400 problem that names what to fix, never a 500.</summary>
public sealed class AskApiMalformedBodyTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    public static TheoryData<string> Paths => new() { "/api/ask", "/api/ask/stream" };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_null_history_entry_is_a_400_naming_the_entry(string path)
    {
        var problem = await Post(path, """{"question":"Còn Hà Tĩnh thì sao?","history":[null]}""");

        Assert.Contains("history[0]", Detail(problem), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_history_entry_without_a_question_is_a_400_naming_the_entry(string path)
    {
        var problem = await Post(path,
            """{"question":"Còn Hà Tĩnh thì sao?","history":[{"question":"Năm 2021 Thanh Hóa bao nhiêu bác sỹ?","answer":"…"},{"answer":"x"}]}""");

        Assert.Equal("history[1] thiếu câu hỏi (question).", Detail(problem));
    }

    [Fact]
    public async Task A_question_that_stands_alone_does_not_hide_a_bad_history()
    {
        // The rewriter never reads the history of a question that stands on its own; the request is still malformed.
        var problem = await Post("/api/ask", """{"question":"Sơn Dương có bao nhiêu giường bệnh?","history":[null]}""");

        Assert.Contains("history[0]", Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_history_longer_than_the_limit_is_a_400()
    {
        var turns = string.Join(',', Enumerable.Range(1, 1000).Select(i => $$"""{"question":"câu {{i}}","answer":"trả lời"}"""));

        var problem = await Post("/api/ask", $$"""{"question":"Còn Hà Tĩnh thì sao?","history":[{{turns}}]}""");

        Assert.Contains("1000 lượt", Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_history_question_over_the_length_limit_is_a_400()
    {
        var problem = await Post("/api/ask", $$"""{"question":"Còn Hà Tĩnh thì sao?","history":[{"question":"{{new string('a', 5000)}}","answer":"x"}]}""");

        Assert.Contains("history[0]", Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_history_turn_citing_more_clauses_than_the_limit_is_a_400()
    {
        var ids = string.Join(',', Enumerable.Range(1, 1000).Select(i => $"\"doc/{i}\""));

        var problem = await Post("/api/ask", $$"""{"question":"thế hạn chót?","history":[{"question":"Ai chủ trì?","answer":"x","citedClauseIds":[{{ids}}]}]}""");

        Assert.StartsWith("history[0]: citedClauseIds có 1000 mã", Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_cited_clause_id_is_a_400_naming_it()
    {
        var problem = await Post("/api/ask", """{"question":"thế hạn chót?","history":[{"question":"Ai chủ trì?","answer":"x","citedClauseIds":["a/1"," "]}]}""");

        Assert.Equal("history[0]: citedClauseIds[1] trống.", Detail(problem));
    }

    [Theory]
    [InlineData("""{"question":5}""", "question")]
    [InlineData("""{"question":{}}""", "question")]
    [InlineData("""{"question":"Câu hỏi?","history":"abc"}""", "history")]
    [InlineData("""{"question":"Câu hỏi?","history":[5]}""", "history[0]")]
    [InlineData("""{"question":"Câu hỏi?","offline":"yes"}""", "offline")]
    [InlineData("""{"question":"Câu hỏi?","sessionId":5}""", "sessionId")]
    public async Task A_field_of_the_wrong_type_is_a_400_naming_the_field(string body, string field)
    {
        var problem = await Post("/api/ask", body);

        Assert.Contains($"'{field}'", Detail(problem), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"question\":")]
    [InlineData("{\"question\":\"Câu hỏi?\",}")]
    public async Task An_empty_or_broken_body_is_a_400_saying_it_is_not_JSON(string body)
    {
        var problem = await Post("/api/ask", body);

        Assert.Contains("không phải JSON hợp lệ", Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_without_a_question_is_a_400_asking_for_one()
    {
        var problem = await Post("/api/ask", "{}");

        Assert.Equal("Hãy nhập câu hỏi.", Detail(problem));
    }

    [Fact]
    public async Task A_10_KB_question_is_a_400_naming_the_limit()
    {
        var problem = await Post("/api/ask", JsonSerializer.Serialize(new { question = new string('a', 10_240) }));

        Assert.Contains("1000 ký tự", Detail(problem), StringComparison.Ordinal);
    }

    private async Task<JsonElement> Post(string path, string body)
    {
        var response = await app.CreateClient().PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        return await ApiAssert.Problem(response, HttpStatusCode.BadRequest);
    }

    private static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString() ?? "";
}
