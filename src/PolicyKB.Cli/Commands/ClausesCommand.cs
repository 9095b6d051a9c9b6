using System.CommandLine;
using PolicyKB.Contracts;
using PolicyKB.Storage;

namespace PolicyKB.Cli.Commands;

/// <summary><c>policykb clauses DOCID</c>: a document's clauses in document order.</summary>
internal static class ClausesCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("DOCID") { Description = "Mã văn bản (xem lệnh documents)" };
        var json = CliOptions.Json();
        var command = new Command("clauses", "Các điều khoản của một văn bản") { id, json };
        command.SetAction(parse =>
        {
            using var store = CliKnowledgeBase.OpenStore(CliSettings.LoadExisting(parse.GetValue(CliOptions.Data)));
            var documentId = parse.GetValue(id)!;
            if (store.GetDocument(documentId) is null)
            {
                console.Error.WriteLine($"policykb: không có văn bản '{documentId}' trong kho (xem: policykb documents)");
                return 3;
            }
            var clauses = store.GetClauses(documentId).Select(ClauseView.From).ToList();
            if (parse.GetValue(json)) CliJson.Write(console.Out, clauses);
            else foreach (var c in clauses) console.Out.WriteLine($"{new string(' ', c.Path.Count * 2)}{c.Id}\t{c.Heading}");
            return 0;
        });
        return command;
    }
}
