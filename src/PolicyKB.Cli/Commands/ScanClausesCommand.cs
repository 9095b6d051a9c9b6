using System.CommandLine;
using PolicyKB.Parsing;
using PolicyKB.Storage;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb scan-clauses</c>: structural defects of every stored document's clause tree (<see cref="ClauseTreeScan"/>),
/// counted by class with examples, to measure a parser change over a whole corpus.
/// </summary>
internal static class ScanClausesCommand
{
    public static Command Create(CliConsole console)
    {
        var json = CliOptions.Json();
        var examples = new Option<int>("--examples") { Description = "Số ví dụ mỗi loại", DefaultValueFactory = _ => 5 };
        var command = new Command("scan-clauses", "Đếm lỗi cấu trúc cây điều khoản trên mọi văn bản trong kho") { json, examples };
        command.SetAction(parse =>
        {
            using var store = CliKnowledgeBase.OpenStore(CliSettings.LoadExisting(parse.GetValue(CliOptions.Data)));
            var found = store.ListDocuments()
                .Select(d => (Document: d.Id, Defects: ClauseTreeScan.Scan(store.GetClauses(d.Id))))
                .Where(r => r.Defects.Count > 0)
                .OrderBy(r => r.Document, StringComparer.Ordinal)
                .ToList();
            if (parse.GetValue(json))
            {
                CliJson.Write(console.Out, found.Select(r => new { document = r.Document, defects = r.Defects }));
                return 0;
            }
            foreach (var name in ClauseTreeScan.Classes)
            {
                var hits = found.SelectMany(r => r.Defects.Where(d => d.Class == name).Select(d => (r.Document, d))).ToList();
                var documents = hits.Select(h => h.Document).Distinct().Count();
                console.Out.WriteLine($"{name}\t{hits.Count} lỗi\t{documents} văn bản");
                foreach (var (_, d) in hits.Take(parse.GetValue(examples))) console.Out.WriteLine($"  {d.ClauseId}\t{d.Detail}");
            }
            return 0;
        });
        return command;
    }
}
