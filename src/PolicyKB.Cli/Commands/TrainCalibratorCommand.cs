using System.CommandLine;
using System.Globalization;
using PolicyKB.Answering;
using PolicyKB.Answering.Calibration;
using PolicyKB.Answering.Evaluation;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb train-calibrator</c>: fits the quoting answerer's answer/refuse decision (<see cref="AnswerCalibrator"/>).
/// <c>--collect SET.jsonl --split dev --out ROWS.tsv</c> answers one half of an evaluation set over the knowledge base of
/// <c>--data</c> with the floors off (the best candidate always quoted), judges each answer and writes the candidate's
/// features with its outcome; <c>--fit ROWS.tsv… --out content/models/answer-calibrator.json</c> fits the model on the
/// collected rows, printing the leave-one-set-out figures first. <c>--focused</c> collects the focused answerer's best
/// sentences instead (its coverage floor lowered, <see cref="FocusedFeatures"/>), each question below the floor answered
/// again with the floor to label what declining gives; with <c>--fit</c> it fits that path's calibrator
/// (content/models/focused-calibrator.json). Only tuning halves may be collected: a blind half read here would no longer
/// measure anything.
/// </summary>
internal static class TrainCalibratorCommand
{
    public static Command Create(CliConsole console)
    {
        var collect = new Option<FileInfo?>("--collect") { Description = "Tệp câu hỏi đánh giá để thu thập đặc trưng (chỉ phần dùng để tinh chỉnh)" };
        var split = new Option<string?>("--split") { Description = "Phần của tệp câu hỏi (dev hoặc test)" };
        var fit = new Option<FileInfo[]>("--fit") { Description = "Các tệp đặc trưng đã thu thập (.tsv) để huấn luyện", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Tệp sẽ ghi: đặc trưng (.tsv) khi thu thập, mô hình (.json) khi huấn luyện", Required = true };
        var l2 = new Option<double>("--l2") { Description = "Hệ số phạt L2 của hồi quy logistic", DefaultValueFactory = _ => 0.01 };
        var exclude = new Option<string>("--exclude") { Description = "Các đặc trưng không dùng (tên, cách nhau bởi dấu phẩy)", DefaultValueFactory = _ => "" };
        var decidesBelow = new Option<double?>("--decides-below") { Description = "Độ phủ từ đó câu trích được đưa như ngưỡng cũ (lớn hơn 1: mô hình quyết định mọi câu; mặc định 2, với --focused là ngưỡng 0,6)" };
        var focused = new Option<bool>("--focused") { Description = "Câu trả lời theo văn bản được nêu (FocusedAnswerer) thay vì câu trả lời trích dẫn: thu thập hoặc huấn luyện bộ hiệu chỉnh của nó" };
        var dropIndifferent = new Option<bool>("--drop-indifferent") { Description = "Không huấn luyện trên câu trích sai cho câu hỏi có đáp án (từ chối cũng sai)" };
        var command = new Command("train-calibrator", "Huấn luyện bộ quyết định trả lời/từ chối của câu trả lời trích dẫn")
        {
            collect, split, fit, output, l2, exclude, decidesBelow, dropIndifferent, focused,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(collect) is { } file) return Collect(console, parse, file, parse.GetValue(split), parse.GetValue(output)!, parse.GetValue(focused));
            if (parse.GetValue(fit) is { Length: > 0 } files)
            {
                var excluded = parse.GetValue(exclude)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
                var path = FitPath.Of(parse.GetValue(focused));
                var below = parse.GetValue(decidesBelow) ?? path.DecidesBelow;
                return Fit(console, files, parse.GetValue(output)!, path, rows => CalibratorFit.Fit(
                    parse.GetValue(dropIndifferent) ? rows.Where(r => !r.Indifferent).ToList() : rows, [], parse.GetValue(l2), excluded, below, path.Names));
            }
            console.Error.WriteLine("policykb: cần --collect TỆP hoặc --fit TỆP…");
            return 2;
        });
        return command;
    }

    private static int Collect(CliConsole console, ParseResult parse, FileInfo file, string? split, string output, bool focused)
    {
        if (!file.Exists)
        {
            console.Error.WriteLine($"policykb: không tìm thấy tệp {file.FullName}");
            return 2;
        }
        var settings = CliSettings.LoadExisting(parse.GetValue(CliOptions.Data));
        if (AskCommand.ReadChatOptions(settings, console) is not { } options) return 2;
        options.CollectAnswerFeatures = !focused;
        options.CollectFocusedFeatures = focused;
        var cases = AnswerEvaluator.Load(file.FullName).Where(c => split is null || c.Split == split).ToList();
        var half = $"{Path.GetFileNameWithoutExtension(file.Name)}.{split ?? "all"}";
        using var kb = CliKnowledgeBase.OpenForReading(settings);
        var service = new AnsweringService(kb, options, null, null);
        var report = new AnswerEvaluator(service).RunAsync(cases).GetAwaiter().GetResult();
        var rows = report.Outcomes.Where(o => o.Result.CalibrationFeatures is not null)
            .Select(o => new CalibrationRow(half, o.Case.Id, !o.Case.ExpectRefusal, o.Correct, o.Result.Refused, o.Result.CalibrationFeatures!)).ToList();
        if (focused) rows = WithDeclined(rows, cases, kb, settings, console) ?? rows;
        if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } folder) Directory.CreateDirectory(folder);
        // The focused answerer's rows carry its own features (FocusedFeatures) and the declined outcome, named in their header.
        var header = focused ? CalibrationRow.HeaderOf(FocusedFeatures.Names, declined: true) : CalibrationRow.Header;
        File.WriteAllLines(output, rows.Select(r => r.Format()).Prepend(header));
        console.Out.WriteLine($"{half}: {rows.Count} dòng đặc trưng từ {cases.Count} câu hỏi → {output}");
        return 0;
    }

    /// <summary>
    /// The focused answerer's rows labelled with what declining their quote gives: a question whose best sentence is below
    /// the floor is answered again with the floor (and the product's other answerers: an above-floor sentence, the
    /// refusal, or for a document named by title the quoting answerer); above the floor both decisions quote the same.
    /// </summary>
    private static List<CalibrationRow>? WithDeclined(List<CalibrationRow> rows, IReadOnlyList<EvalCase> cases, PolicyKB.Search.KnowledgeBase kb, CliSettings settings, CliConsole console)
    {
        if (AskCommand.ReadChatOptions(settings, console) is not { } options) return null;
        options.UseFocusedCalibrator = false;
        var below = rows.Where(r => r.Features[FocusedFeatures.Coverage] < Answering.Answers.SentenceScorer.MinCoverage).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var floors = new AnswerEvaluator(new AnsweringService(kb, options, null, null)).RunAsync(cases.Where(c => below.Contains(c.Id)).ToList()).GetAwaiter().GetResult();
        var declined = floors.Outcomes.ToDictionary(o => o.Case.Id, o => o.Correct, StringComparer.Ordinal);
        return rows.Select(r => r with { Declined = declined.TryGetValue(r.Id, out var right) ? right : r.Correct }).ToList();
    }

    private static int Fit(CliConsole console, FileInfo[] files, string output, FitPath path, Func<IReadOnlyList<CalibrationRow>, AnswerCalibrator> fit)
    {
        var rows = CalibratorFit.Deciding(files.SelectMany(f => CalibrationRow.Read(f.FullName, path.Names)));
        var halves = rows.Select(r => r.Half).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // Leave one set out: each set judged by a model fitted on the others, against the hand-set floors on the same rows.
        var sets = rows.GroupBy(r => SetOf(r.Half)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        int calibrated = 0, floors = 0;
        foreach (var held in sets)
        {
            var model = fit(rows.Where(r => SetOf(r.Half) != held.Key).ToList());
            var c = CalibratorFit.Gain(model, held);
            var f = FloorsGain(held, path.Floor);
            calibrated += c;
            floors += f;
            console.Out.WriteLine($"  {held.Key,-22} {held.Count(),4} dòng  hiệu chỉnh {c,4}  ngưỡng cũ {f,4}  ({c - f:+0;-0;0})");
        }
        console.Out.WriteLine($"Bỏ-một-bộ: hiệu chỉnh {calibrated} / ngưỡng cũ {floors} trên {rows.Count} dòng ({calibrated - floors:+0;-0;0})");
        var fitted = fit(rows);
        var final = new AnswerCalibrator
        {
            Features = fitted.Features, Weights = fitted.Weights, Bias = fitted.Bias, Threshold = fitted.Threshold,
            DecidesBelow = fitted.DecidesBelow, Rows = fitted.Rows, Halves = halves,
        };
        final.Save(output);
        console.Out.WriteLine($"Trên chính các dòng đã học: hiệu chỉnh {CalibratorFit.Gain(final, rows)} / ngưỡng cũ {FloorsGain(rows, path.Floor)}");
        for (var i = 0; i < final.Features.Count; i++) console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {final.Features[i],-22} {final.Weights[i],9:F4}"));
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"(bias)",-22} {final.Bias,9:F4}  ngưỡng {final.Threshold:F4}  → {output}"));
        return 0;
    }

    /// <summary>Questions the hand-set floor gets right on <paramref name="rows"/>: a quote covering the question at <paramref name="floor"/> was given.</summary>
    private static int FloorsGain(IEnumerable<CalibrationRow> rows, double floor) =>
        rows.Sum(r => r.Features[0] >= floor ? r.Label : r.DeclinedLabel);

    private static string SetOf(string half) => half[..half.LastIndexOf('.')];
}
