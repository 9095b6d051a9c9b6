using System.CommandLine;
using PolicyKB.Storage;

namespace PolicyKB.Cli.Commands;

/// <summary><c>policykb show DOCID</c>: the document's metadata and outline with its citations, for people.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("DOCID") { Description = "Mã văn bản" };
        var command = new Command("show", "Xem mục lục và trích dẫn của một văn bản") { id };
        command.SetAction(parse =>
        {
            using var store = CliKnowledgeBase.OpenStore(CliSettings.LoadExisting(parse.GetValue(CliOptions.Data)));
            var documentId = parse.GetValue(id)!;
            var document = store.GetDocument(documentId);
            if (document is null)
            {
                console.Error.WriteLine($"policykb: không có văn bản '{documentId}' trong kho (xem: policykb documents)");
                return 3;
            }
            var m = document.Metadata;
            var o = console.Out;
            o.WriteLine($"{m.Type} {m.Number ?? "(không số)"} — {m.Title}");
            o.WriteLine($"Cơ quan ban hành: {m.Issuer}; {m.Place}, {m.IssuedOn}; người ký: {m.SignerPosition} {m.Signer}");
            foreach (var basis in m.LegalBasis) o.WriteLine($"  Căn cứ: {basis}");
            o.WriteLine();
            var citations = store.FindCitations(documentId).ToLookup(c => c.ClauseId);
            foreach (var clause in store.GetClauses(documentId))
            {
                var title = clause.Heading.Length > 0 ? clause.Heading : Shorten(clause.Text, 70);
                o.WriteLine($"{new string(' ', clause.Depth * 2)}{(clause.DisplayLabel.Length > 0 ? clause.DisplayLabel : clause.Label)} {title}");
                foreach (var c in citations[clause.Id])
                {
                    o.WriteLine($"{new string(' ', clause.Depth * 2 + 4)}↳ {c.Key}{(c.Basis ? " (căn cứ)" : "")}{(c.TargetDocumentId is null ? "" : " → " + c.TargetDocumentId)}");
                }
            }
            return 0;
        });
        return command;
    }

    private static string Shorten(string text, int length)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= length ? line : line[..length] + "…";
    }
}
