using System.CommandLine;
using PolicyKB.Answering;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;
using PolicyKB.Answering.Llm;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb ask "QUESTION"</c>: answers a question with numbered citations to clauses. With "-" as the question,
/// reads one question per line from standard input and writes one JSON object per line.
/// </summary>
internal static class AskCommand
{
    public static Command Create(CliConsole console)
    {
        var question = new Argument<string>("QUESTION") { Description = "Câu hỏi, hoặc - để đọc mỗi dòng một câu hỏi từ đầu vào chuẩn" };
        var session = new Option<string?>("--session") { Description = "Mã phiên hội thoại (lưu trong chat.db để hỏi tiếp: \"còn Hà Tĩnh thì sao?\")" };
        var offline = new Option<bool>("--offline") { Description = "Không dùng mô hình ngôn ngữ kể cả khi đã cấu hình" };
        var json = CliOptions.Json();
        var command = new Command("ask", "Hỏi đáp có trích dẫn điều khoản") { question, session, offline, json };
        command.SetAction(parse =>
        {
            var settings = CliSettings.LoadExisting(parse.GetValue(CliOptions.Data));
            if (ReadChatOptions(settings, console) is not { } options) return 2;
            using var kb = CliKnowledgeBase.OpenForReading(settings);
            if (kb.IsReadOnly && parse.GetValue(session) is not null && !settings.Store.Store.IsPostgres)
            {
                // chat.db belongs to the process that owns the folder; a second writer would lose turns.
                console.Error.WriteLine("policykb: thư mục dữ liệu đang thuộc tiến trình khác nên không lưu được phiên hội thoại (--session); " +
                    "hãy hỏi không kèm --session, hoặc hỏi tiếp trong giao diện web.");
                return 2;
            }
            using var conversations = parse.GetValue(session) is null ? null
                : ConversationStores.Open(settings.Store.Store, settings.Store.DataDirectory, options.ConversationLimits);
            var service = new AnsweringService(kb, options, ChatModelFactory.Create(options), conversations);
            var text = parse.GetValue(question)!;
            var lines = text == "-";
            var failed = false;
            foreach (var q in lines ? ReadLines(console.In) : [text])
            {
                var request = new AnswerRequest(q) { SessionId = parse.GetValue(session), Offline = parse.GetValue(offline) };
                try
                {
                    var result = service.AnswerAsync(request).GetAwaiter().GetResult();
                    if (parse.GetValue(json) || lines) CliJson.Write(console.Out, result, indented: !lines);
                    else WriteText(console.Out, result);
                }
                catch (AnsweringException ex)
                {
                    failed = true;
                    if (lines) CliJson.Write(console.Out, new { question = q, error = ex.Message }, indented: false);
                    else console.Error.WriteLine($"policykb: {ex.Message}");
                }
            }
            return failed && !lines ? 2 : 0;
        });
        return command;
    }

    /// <summary>Reads <c>PolicyKB:Chat</c>, reporting a bad setting on standard error instead of failing.</summary>
    internal static ChatOptions? ReadChatOptions(CliSettings settings, CliConsole console)
    {
        try
        {
            return ChatOptions.Read(settings.Configuration);
        }
        catch (System.ComponentModel.DataAnnotations.ValidationException ex)
        {
            console.Error.WriteLine($"policykb: cấu hình {ChatOptions.Section} không hợp lệ: {ex.Message}");
            return null;
        }
    }

    private static void WriteText(TextWriter output, AnswerResult result)
    {
        output.WriteLine(result.Answer);
        if (result.Citations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Nguồn:");
            foreach (var c in result.Citations) output.WriteLine($"[{c.N}] {c.Source}, {c.Section} — {c.ClauseId}");
        }
        if (result.Note is { } note) output.WriteLine($"\n{note}");
        output.WriteLine($"\n({result.Mode}, {result.TookMs} ms{(result.Verification.Passed ? "" : ", có câu bị lược bỏ khi kiểm chứng")})");
    }

    private static IEnumerable<string> ReadLines(TextReader input)
    {
        while (input.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0) yield return line;
        }
    }
}
