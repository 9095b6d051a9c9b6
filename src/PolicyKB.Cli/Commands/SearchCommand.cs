using System.CommandLine;
using PolicyKB.Search;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb search "QUERY"</c>: searches every clause. With "-" as the query, reads one query per line from standard
/// input and writes one JSON object per line.
/// </summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("QUERY") { Description = "Nội dung cần tìm, hoặc - để đọc mỗi dòng một câu từ đầu vào chuẩn" };
        var top = CliOptions.Top(SearchRequest.MaxTop);
        var mode = new Option<SearchMode>("--mode") { Description = "keyword | semantic | hybrid", DefaultValueFactory = _ => SearchMode.Hybrid };
        var type = new Option<string?>("--type") { Description = "Loại văn bản (vd. \"Kế hoạch\")" };
        var issuer = new Option<string?>("--issuer") { Description = "Cơ quan ban hành, cả tên (vd. \"Sở Y tế tỉnh Hà Tĩnh\")" };
        var province = new Option<string?>("--province") { Description = "Tỉnh/thành phố" };
        var year = CliOptions.Year();
        var kind = CliOptions.Kind();
        var json = CliOptions.Json();
        var command = new Command("search", "Tìm kiếm điều khoản") { query, top, mode, type, issuer, province, year, kind, json };
        command.SetAction(parse =>
        {
            using var kb = CliKnowledgeBase.OpenForReading(CliSettings.LoadExisting(parse.GetValue(CliOptions.Data)));
            var filters = DocumentFilter.Resolve(new SearchFilters
            {
                Type = parse.GetValue(type), Issuer = parse.GetValue(issuer), Province = parse.GetValue(province),
                Year = parse.GetValue(year), Kind = parse.GetValue(kind)?.Trim().ToLowerInvariant(),
            }, kb.Search.ReadModel.Current.Documents);
            var text = parse.GetValue(query)!;
            var asJson = parse.GetValue(json) || text == "-";
            var queries = text == "-" ? ReadLines(console.In) : [text];
            var failed = false;
            foreach (var q in queries)
            {
                var request = new SearchRequest(q) { Top = parse.GetValue(top), Mode = parse.GetValue(mode), Filters = filters };
                try
                {
                    var response = kb.Search.SearchAsync(request).GetAwaiter().GetResult();
                    if (asJson) CliJson.Write(console.Out, SearchOutput.From(response), indented: text != "-");
                    else SearchOutput.WriteText(console.Out, response);
                }
                catch (SearchQueryException ex)
                {
                    failed = true;
                    if (text == "-") CliJson.Write(console.Out, new { query = q, error = ex.Message }, indented: false);
                    else console.Error.WriteLine($"policykb: {ex.Message}");
                }
            }
            return failed && text != "-" ? 2 : 0;
        });
        return command;
    }

    private static IEnumerable<string> ReadLines(TextReader input)
    {
        while (input.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0) yield return line;
        }
    }
}
