using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Answering;

/// <summary>POST /api/ask and /api/ask/stream on the real web host.</summary>
public sealed class AskApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task A_question_gets_a_JSON_answer_with_its_citations()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/ask", new { question = "Sơn Dương được giao chỉ tiêu bao nhiêu giường bệnh năm 2021?" });

        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("extractive", answer.GetProperty("mode").GetString());
        Assert.False(answer.GetProperty("refused").GetBoolean());
        Assert.Contains("420 giường", answer.GetProperty("answer").GetString());
        var citation = answer.GetProperty("citations")[0];
        foreach (var field in new[] { "n", "clauseId", "documentId", "source", "label", "text" }) Assert.True(citation.TryGetProperty(field, out _), field);
        Assert.Equal("son-duong-2021-cong-tac-y-te-huyen/I.2.-3", citation.GetProperty("clauseId").GetString());
        Assert.True(answer.GetProperty("verification").GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task The_stream_sends_sources_then_text_then_verification_then_the_answer()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/ask/stream", new { question = "Những kế hoạch nào thực hiện Chỉ thị 25-CT/TW?" });

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = ParseEvents(await response.Content.ReadAsStringAsync());
        Assert.Equal(["sources", "delta", "verification", "done"], events.Select(e => e.Event));
        Assert.Equal("ha-tinh-2024-cung-co-y-te-co-so/preamble", events[0].Data.GetProperty("citations")[0].GetProperty("clauseId").GetString());
        Assert.Contains("25-CT/TW", events[1].Data.GetProperty("text").GetString());
        Assert.True(events[2].Data.GetProperty("passed").GetBoolean());
        Assert.Equal("graph", events[3].Data.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task A_session_carries_a_follow_up_question()
    {
        var client = app.CreateClient();
        await client.PostAsJsonAsync("/api/ask", new { question = "Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?", sessionId = "api-test-1" });

        var answer = await (await client.PostAsJsonAsync("/api/ask", new { question = "Còn Hà Tĩnh thì sao?", sessionId = "api-test-1" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Năm 2021 Hà Tĩnh đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?", answer.GetProperty("resolvedQuestion").GetString());
        Assert.Contains("10,8", answer.GetProperty("answer").GetString());
        // Conversations live in their own file in the host's data directory.
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        Assert.True(File.Exists(Path.Combine(PolicyKbPaths.ResolveData(configuration["PolicyKB:DataDirectory"] ?? "data"), "chat.db")));
    }

    [Theory]
    [InlineData("/api/ask")]
    [InlineData("/api/ask/stream")]
    public async Task An_empty_question_is_a_400_problem_in_Vietnamese(string path)
    {
        var response = await app.CreateClient().PostAsJsonAsync(path, new { question = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Câu hỏi không hợp lệ", problem.GetProperty("title").GetString());
        Assert.Equal("Hãy nhập câu hỏi.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_bad_session_id_is_a_400_problem()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/ask", new { question = "Câu hỏi?", sessionId = "../x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Both_endpoints_are_described_in_OpenAPI_with_summaries()
    {
        var openApi = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = openApi.GetProperty("paths");
        Assert.Equal("Hỏi đáp có trích dẫn điều khoản", paths.GetProperty("/api/ask").GetProperty("post").GetProperty("summary").GetString());
        var stream = paths.GetProperty("/api/ask/stream").GetProperty("post");
        Assert.Contains("server-sent events", stream.GetProperty("summary").GetString());
        Assert.True(stream.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/event-stream", out _));
    }

    private static List<(string Event, JsonElement Data)> ParseEvents(string body) =>
        body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(block => block.Split('\n'))
            .Select(lines => (lines.Single(l => l.StartsWith("event: ", StringComparison.Ordinal))[7..],
                JsonDocument.Parse(lines.Single(l => l.StartsWith("data: ", StringComparison.Ordinal))[6..]).RootElement))
            .ToList();
}
