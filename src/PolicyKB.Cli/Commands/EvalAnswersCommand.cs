using System.CommandLine;
using System.Globalization;
using PolicyKB.Answering;
using PolicyKB.Answering.Evaluation;
using PolicyKB.Answering.Llm;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb eval-answers FILE</c>: answers every question of a JSON-lines evaluation file, judges the answers and
/// reports accuracy by category and latency; exits 1 when accuracy is below <c>--min-accuracy</c>.
/// </summary>
internal static class EvalAnswersCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp câu hỏi đánh giá (JSON lines, ví dụ tests/eval/answers.jsonl)" };
        var minimum = new Option<double>("--min-accuracy") { Description = "Độ chính xác tối thiểu (0–1)", DefaultValueFactory = _ => 0 };
        var useModel = new Option<bool>("--use-model") { Description = "Dùng mô hình ngôn ngữ đã cấu hình (mặc định: chỉ trả lời ngoại tuyến)" };
        var split = new Option<string?>("--split") { Description = "Chỉ chạy các câu hỏi của một phần (dev hoặc test)" };
        var json = CliOptions.Json();
        var command = new Command("eval-answers", "Đánh giá chất lượng hỏi đáp trên bộ câu hỏi") { file, minimum, useModel, split, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                console.Error.WriteLine($"policykb: không tìm thấy tệp {path.FullName}");
                return 2;
            }
            var settings = CliSettings.LoadExisting(parse.GetValue(CliOptions.Data));
            if (AskCommand.ReadChatOptions(settings, console) is not { } options) return 2;
            IReadOnlyList<EvalCase> cases;
            try
            {
                cases = AnswerEvaluator.Load(path.FullName);
                if (parse.GetValue(split) is { Length: > 0 } part) cases = cases.Where(c => c.Split == part).ToList();
            }
            catch (InvalidDataException ex)
            {
                console.Error.WriteLine($"policykb: {ex.Message}");
                return 2;
            }
            using var kb = CliKnowledgeBase.OpenForReading(settings);
            var service = new AnsweringService(kb, options, parse.GetValue(useModel) ? ChatModelFactory.Create(options) : null, null);
            var report = new AnswerEvaluator(service).RunAsync(cases, parse.GetValue(useModel)).GetAwaiter().GetResult();
            if (parse.GetValue(json)) CliJson.Write(console.Out, Summary(report));
            else WriteText(console.Out, report);
            return report.Accuracy + 1e-9 < parse.GetValue(minimum) ? 1 : 0;
        });
        return command;
    }

    private static object Summary(EvalReport report) => new
    {
        accuracy = Math.Round(report.Accuracy, 4),
        total = report.Outcomes.Count,
        correct = report.Outcomes.Count(o => o.Correct),
        // Correct with the expected clause cited first: the judge accepts any cited clause, this does not.
        correctFirstCited = report.Outcomes.Count(o => o.Correct) - report.RightButNotFirst.Count,
        rightButNotFirst = report.RightButNotFirst.Select(o => o.Case.Id),
        p50Ms = report.P50Ms,
        p95Ms = report.P95Ms,
        categories = report.ByCategory.Select(c => new { category = c.Category, correct = c.Correct, total = c.Total }),
        failures = report.Outcomes.Where(o => !o.Correct).Select(o => new { id = o.Case.Id, question = o.Case.Question, reason = o.Reason, answer = o.Result.Answer }),
    };

    private static void WriteText(TextWriter output, EvalReport report)
    {
        foreach (var o in report.Outcomes)
        {
            output.WriteLine($"{(o.Correct ? "ĐÚNG" : "SAI ")}  {o.Case.Id,-8} {o.Case.Category,-15} {o.Result.Mode,-10} {o.Result.TookMs,5} ms  {o.Case.Question}");
            if (!o.Correct) output.WriteLine($"      → {o.Reason}");
        }
        output.WriteLine();
        foreach (var (category, correct, total) in report.ByCategory)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category,-15} {correct}/{total} ({100.0 * correct / total:F0}%)"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Tổng: {report.Outcomes.Count(o => o.Correct)}/{report.Outcomes.Count} ({100 * report.Accuracy:F1}%), trích đúng điều khoản ngay ở nguồn [1]: {report.Outcomes.Count(o => o.Correct) - report.RightButNotFirst.Count}; thời gian p50 {report.P50Ms} ms, p95 {report.P95Ms} ms"));
    }
}
