using System.CommandLine;

namespace PolicyKB.Cli.Commands;

/// <summary><c>policykb facts DOCID [--json]</c>: signer, dates, relations, tasks and targets of one document.</summary>
internal static class FactsCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("DOCID") { Description = "Mã văn bản (xem lệnh documents)" };
        var json = CliOptions.Json();
        var command = new Command("facts", "Các dữ kiện của một văn bản: người ký, ngày ban hành, hiệu lực, quan hệ, nhiệm vụ, chỉ tiêu") { id, json };
        command.SetAction(parse =>
        {
            using var store = CliKnowledgeBase.OpenStore(CliSettings.LoadExisting(parse.GetValue(CliOptions.Data)));
            var documentId = parse.GetValue(id)!;
            if (store.GetDocument(documentId) is null)
            {
                console.Error.WriteLine($"policykb: không có văn bản '{documentId}' trong kho (xem: policykb documents)");
                return 3;
            }
            var facts = store.GetFacts(documentId) ?? new Facts.DocumentFacts { DocumentId = documentId };
            if (parse.GetValue(json)) { CliJson.Write(console.Out, facts); return 0; }
            var o = console.Out;
            var s = facts.Signer;
            o.WriteLine($"Người ký: {(s is null ? "(không rõ)" : $"{s.Mode} {s.Title} {s.Name}".Trim())}");
            o.WriteLine($"Ngày ban hành: {facts.IssuedOn ?? "(không rõ)"}{(facts.IssuedOnInferred ? " (suy ra từ văn bản được trích dẫn)" : "")}");
            o.WriteLine($"Hiệu lực: {(facts.EffectiveOnSigning ? "kể từ ngày ký" : facts.EffectiveOn ?? "(không ghi)")}");
            foreach (var r in facts.Relations) o.WriteLine($"  {r.Relation}\t{r.TargetKey}\t{r.Scope}\t{r.ClauseId}");
            foreach (var t in facts.Tasks) o.WriteLine($"  nhiệm vụ\t{t.LeadText() ?? "(chưa rõ)"}\t{t.Deadline?.Text ?? "-"}\t{Shorten(t.Text)}");
            foreach (var t in facts.Targets) o.WriteLine($"  chỉ tiêu\t{t.Indicator}\t{t.Comparator} {t.Value} {t.Unit}\t{t.Period}");
            return 0;
        });
        return command;
    }

    internal static string Shorten(string text) => text.Length <= 90 ? text : text[..90] + "…";
}
