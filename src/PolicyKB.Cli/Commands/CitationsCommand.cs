using System.CommandLine;
using PolicyKB.Contracts;
using PolicyKB.Storage;

namespace PolicyKB.Cli.Commands;

/// <summary><c>policykb citations [--doc DOCID] [--key KEY]</c>: citations, filtered by citing document or cited key.</summary>
internal static class CitationsCommand
{
    public static Command Create(CliConsole console)
    {
        var doc = new Option<string?>("--doc") { Description = "Chỉ trích dẫn của văn bản này" };
        var key = new Option<string?>("--key") { Description = "Chỉ trích dẫn tới văn bản có khoá này (vd. 25-CT/TW)" };
        var json = CliOptions.Json();
        var command = new Command("citations", "Các trích dẫn văn bản khác") { doc, key, json };
        command.SetAction(parse =>
        {
            using var store = CliKnowledgeBase.OpenStore(CliSettings.LoadExisting(parse.GetValue(CliOptions.Data)));
            var citations = store.FindCitations(parse.GetValue(doc), parse.GetValue(key)).Select(CitationView.From).ToList();
            if (parse.GetValue(json)) CliJson.Write(console.Out, citations);
            else foreach (var c in citations) console.Out.WriteLine($"{c.ClauseId}\t{c.Key}\t{(c.Basis ? "căn cứ" : "tham chiếu")}\t{c.Raw}");
            return 0;
        });
        return command;
    }
}
