using System.CommandLine;
using PolicyKB.Contracts;
using PolicyKB.Storage;

namespace PolicyKB.Cli.Commands;

/// <summary><c>policykb documents</c>: lists the stored documents.</summary>
internal static class DocumentsCommand
{
    public static Command Create(CliConsole console)
    {
        var json = CliOptions.Json();
        var command = new Command("documents", "Liệt kê văn bản trong kho") { json };
        command.SetAction(parse =>
        {
            using var store = CliKnowledgeBase.OpenStore(CliSettings.LoadExisting(parse.GetValue(CliOptions.Data)));
            var documents = store.ListDocuments().Select(DocumentSummary.From).ToList();
            if (parse.GetValue(json))
            {
                CliJson.Write(console.Out, documents);
                return 0;
            }
            foreach (var d in documents)
            {
                console.Out.WriteLine($"{d.Id}\t{d.Type} {d.Number ?? "(không số)"}\t{d.IssuedOn}\t{d.Issuer}\t{d.ClauseCount} điều khoản, {d.CitationCount} trích dẫn{(d.Ocr is null ? "" : $"\tOCR {d.Ocr.Text}")}");
            }
            return 0;
        });
        return command;
    }
}
