using System.CommandLine;
using PolicyKB.Search;
using PolicyKB.Search.Precedents;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb similar (CLAUSEID | -)</c>: precedents (similar clauses in other documents) for a stored clause, or, with
/// "-", for each paragraph read from standard input (one per line, one JSON object per line out).
/// </summary>
internal static class SimilarCommand
{
    public static Command Create(CliConsole console)
    {
        var target = new Argument<string>("CLAUSEID") { Description = "Mã điều khoản (vd. ha-tinh-2024-cung-co-y-te-co-so/III.2.b), hoặc - để đọc đoạn văn từ đầu vào chuẩn" };
        var top = CliOptions.Top(max: 50); // PrecedentFinder's range
        var json = CliOptions.Json();
        var command = new Command("similar", "Tìm điều khoản có cách viết tương tự ở văn bản khác") { target, top, json };
        command.SetAction(parse =>
        {
            using var kb = CliKnowledgeBase.OpenForReading(CliSettings.LoadExisting(parse.GetValue(CliOptions.Data)));
            var value = parse.GetValue(target)!;
            var fromInput = value == "-";
            var requests = fromInput
                ? ReadLines(console.In).Select(text => new SimilarRequest { Text = text, Top = parse.GetValue(top) })
                : [new SimilarRequest { ClauseId = value, Top = parse.GetValue(top) }];
            var exit = 0;
            foreach (var request in requests)
            {
                try
                {
                    var response = kb.Similar.FindAsync(request).GetAwaiter().GetResult();
                    if (parse.GetValue(json) || fromInput) CliJson.Write(console.Out, response, indented: !fromInput);
                    else WriteText(console.Out, response);
                }
                catch (Exception ex) when (ex is SearchQueryException or KeyNotFoundException)
                {
                    if (fromInput) CliJson.Write(console.Out, new { input = request.Text, error = ex.Message }, indented: false);
                    else console.Error.WriteLine($"policykb: {ex.Message}");
                    exit = ex is KeyNotFoundException ? 3 : 2;
                }
            }
            return fromInput ? 0 : exit;
        });
        return command;
    }

    private static void WriteText(TextWriter output, SimilarResponse response)
    {
        foreach (var hit in response.Hits)
        {
            output.WriteLine($"{hit.ClauseId}  {hit.DocumentNumber} {hit.Issuer} {hit.Year}  giống {hit.Similarity:P0}{(hit.NearDuplicate ? " (gần trùng)" : "")}");
            var text = hit.Text.ReplaceLineEndings(" ");
            output.WriteLine($"    {(text.Length > 160 ? text[..160] + "…" : text)}");
        }
    }

    private static IEnumerable<string> ReadLines(TextReader input)
    {
        while (input.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0) yield return line;
        }
    }
}
