using System.CommandLine;

namespace PolicyKB.Cli.Commands;

/// <summary><c>policykb remove DOCID</c>: removes a document with its clauses and citations.</summary>
internal static class RemoveCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("DOCID") { Description = "Mã văn bản" };
        var command = new Command("remove", "Xoá một văn bản khỏi kho") { id };
        command.SetAction(parse =>
        {
            using var kb = CliKnowledgeBase.Open(CliSettings.LoadExisting(parse.GetValue(CliOptions.Data)));
            var documentId = parse.GetValue(id)!;
            if (!kb.Remove(documentId))
            {
                console.Error.WriteLine($"policykb: không có văn bản '{documentId}' trong kho");
                return 3;
            }
            console.Out.WriteLine($"đã xoá {documentId}");
            return 0;
        });
        return command;
    }
}
