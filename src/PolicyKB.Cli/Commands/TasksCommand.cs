using System.CommandLine;
using System.Globalization;
using PolicyKB.Facts;

namespace PolicyKB.Cli.Commands;

/// <summary><c>policykb tasks [--agency A] [--due-before DATE] [--doc DOCID] [--json]</c>: tasks across the store.</summary>
internal static class TasksCommand
{
    public static Command Create(CliConsole console)
    {
        var agency = new Option<string?>("--agency") { Description = "Chỉ nhiệm vụ của cơ quan này (chủ trì hoặc phối hợp; vd. \"Sở Y tế\" hay \"SYT\")" };
        var due = new Option<string?>("--due-before") { Description = "Chỉ nhiệm vụ có hạn đến hết ngày này (yyyy-mm-dd)" };
        var doc = new Option<string?>("--doc") { Description = "Chỉ nhiệm vụ của văn bản này" };
        var json = CliOptions.Json();
        var command = new Command("tasks", "Các nhiệm vụ được giao, lọc theo cơ quan, thời hạn, văn bản") { agency, due, doc, json };
        command.SetAction(parse =>
        {
            DateOnly? dueBefore = null;
            if (parse.GetValue(due) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    console.Error.WriteLine($"policykb: ngày '{text}' không hợp lệ; hãy viết dạng yyyy-mm-dd, ví dụ 2025-06-30");
                    return 1;
                }
                dueBefore = d;
            }
            using var store = CliKnowledgeBase.OpenStore(CliSettings.LoadExisting(parse.GetValue(CliOptions.Data)));
            var tasks = FactQueries.Tasks(store, parse.GetValue(agency), dueBefore, parse.GetValue(doc));
            if (parse.GetValue(json)) CliJson.Write(console.Out, tasks.Select(t => new { t.DocumentId, t.Task }).ToList());
            else foreach (var t in tasks) console.Out.WriteLine($"{t.DocumentId}\t{t.Task.LeadText() ?? "(chưa rõ)"}\t{t.Task.Deadline?.Text ?? "-"}\t{FactsCommand.Shorten(t.Task.Text)}");
            return 0;
        });
        return command;
    }
}
