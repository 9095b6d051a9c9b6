using System.Text.Json;
using PolicyKB.Tests.Cli;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>policykb ask and policykb eval-answers over the bundled plans.</summary>
public sealed class AskCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public AskCommandTests() => Assert.Equal(0, CliRunner.Run("ingest", SharedData.ContentDirectory, "--data", _data.Path).ExitCode);

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Ask_json_prints_the_answer_contract()
    {
        var result = CliRunner.Run("ask", "Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?", "--json", "--data", _data.Path);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        foreach (var field in new[] { "question", "answer", "mode", "citations", "refused" }) Assert.True(root.TryGetProperty(field, out _), field);
        Assert.Equal("extractive", root.GetProperty("mode").GetString());
        Assert.Equal("thanh-hoa-2021-ke-hoach-hanh-dong-y-te/II.3.-2", root.GetProperty("citations")[0].GetProperty("clauseId").GetString());
    }

    [Fact]
    public void Ask_dash_answers_one_question_per_input_line_with_one_json_object_per_line()
    {
        const string input = "Những kế hoạch nào thực hiện Chỉ thị 25-CT/TW?\n\nMức lương cơ sở năm 2021 là bao nhiêu?\n   \n";

        var result = CliRunner.RunWithInput(input, "ask", "--json", "-", "--data", _data.Path);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("graph", first.RootElement.GetProperty("mode").GetString());
        Assert.Equal(1, first.RootElement.GetProperty("citations")[0].GetProperty("n").GetInt32());
        Assert.True(second.RootElement.GetProperty("refused").GetBoolean());
    }

    [Fact]
    public void Ask_prints_text_with_numbered_sources()
    {
        var result = CliRunner.Run("ask", "Sơn Dương được giao chỉ tiêu bao nhiêu giường bệnh năm 2021?", "--data", _data.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("420 giường", result.Out);
        Assert.Contains("[1] Kế hoạch (không số) của UBND huyện Sơn Dương", result.Out);
        Assert.Contains("son-duong-2021-cong-tac-y-te-huyen/I.2.-3", result.Out);
    }

    [Fact]
    public void A_session_answers_follow_ups_across_invocations()
    {
        CliRunner.Run("ask", "Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?", "--session", "cli-1", "--data", _data.Path);

        var result = CliRunner.Run("ask", "Còn Hà Tĩnh thì sao?", "--session", "cli-1", "--json", "--data", _data.Path);

        using var json = JsonDocument.Parse(result.Out);
        Assert.Contains("10,8", json.RootElement.GetProperty("answer").GetString());
    }

    [Fact]
    public void An_empty_question_is_an_error()
    {
        var result = CliRunner.Run("ask", " ", "--data", _data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Hãy nhập câu hỏi", result.Error);
    }

    [Fact]
    public void Eval_answers_reports_accuracy_by_category_and_enforces_the_floor()
    {
        var file = Path.Combine(_data.Path, "mini.jsonl");
        File.WriteAllLines(file,
        [
            """{"id":"a","category":"number","question":"Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?","expectClauses":["thanh-hoa-2021-ke-hoach-hanh-dong-y-te/II.3.-2"],"expectText":["11,5"]}""",
            """{"id":"b","category":"unanswerable","question":"Mức lương cơ sở năm 2021 là bao nhiêu?","expectRefusal":true}""",
            """{"id":"c","category":"number","question":"Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?","expectText":["99,9"]}""",
        ]);

        var json = CliRunner.Run("eval-answers", file, "--json", "--data", _data.Path);
        var strict = CliRunner.Run("eval-answers", file, "--min-accuracy", "0.9", "--data", _data.Path);

        Assert.Equal(0, json.ExitCode);
        using var report = JsonDocument.Parse(json.Out);
        Assert.Equal(2, report.RootElement.GetProperty("correct").GetInt32());
        Assert.Equal("c", report.RootElement.GetProperty("failures")[0].GetProperty("id").GetString());
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("number          1/2", strict.Out);
    }
}
