using System.CommandLine;
using System.CommandLine.Invocation;
using PolicyKB.ScaleOutBench;

// policykb-scaleout: figures of the scale-out set-up (docs/scale-out.md) measured against running nodes on this machine.
var apiKey = new Option<string?>("--api-key") { Description = "Khoá API của các nút (X-Api-Key), nếu có" };

var nodeA = new Option<string>("--node-a") { Description = "Nút A (nhận tệp tải lên), ví dụ http://127.0.0.1:5081", Required = true };
var nodeB = new Option<string>("--node-b") { Description = "Nút B (được thăm dò)", Required = true };
var postgres = new Option<string>("--postgres") { Description = "Chuỗi kết nối PostgreSQL dùng chung (đọc thời điểm commit)", Required = true };
var files = new Option<string>("--files") { Description = "Thư mục tệp thật (ví dụ ../shared/train); lấy các tệp nhỏ nhất", Required = true };
var uploads = new Option<int>("--uploads") { Description = "Số tệp tải lên lần lượt", DefaultValueFactory = _ => 50 };
var propagation = new Command("propagation", "Độ trễ lan truyền: tải từng tệp lên nút A, đo đến khi nút B thấy văn bản") { nodeA, nodeB, postgres, files, uploads, apiKey };
propagation.SetAction(async parse =>
{
    var folder = parse.GetValue(files)!;
    if (!Directory.Exists(folder))
    {
        Console.Error.WriteLine($"policykb-scaleout: không có thư mục {folder}");
        return 2;
    }
    var chosen = new DirectoryInfo(folder).EnumerateFiles()
        .Where(f => !f.Name.StartsWith("README", StringComparison.OrdinalIgnoreCase) && !f.Name.StartsWith("SOURCES", StringComparison.OrdinalIgnoreCase))
        .OrderBy(f => f.Length).ThenBy(f => f.Name, StringComparer.Ordinal).Take(parse.GetValue(uploads)).Select(f => f.FullName).ToList();
    using var a = NodeClient.Create("A", parse.GetValue(nodeA)!, parse.GetValue(apiKey));
    using var b = NodeClient.Create("B", parse.GetValue(nodeB)!, parse.GetValue(apiKey));
    if (!await a.WaitReadyAsync(TimeSpan.FromMinutes(5)) || !await b.WaitReadyAsync(TimeSpan.FromMinutes(5)))
    {
        Console.Error.WriteLine("policykb-scaleout: nút A hoặc B không sẵn sàng (/api/health/ready) sau 5 phút");
        return 2;
    }
    Console.WriteLine($"{chosen.Count} tệp nhỏ nhất của {folder}, lần lượt qua A, thăm dò B mỗi 5 ms");
    var run = await new PropagationBench(a, b, parse.GetValue(postgres)!, Console.Out).RunAsync(chosen);
    return run.Samples.All(s => s.Visible is not null) && run.FoundBySearch == run.Samples.Count ? 0 : 1;
});

var nodes = new Option<string[]>("--node") { Description = "Tên=địa chỉ của một nút, ví dụ postgres=http://127.0.0.1:5193 (hai lần)", Required = true, AllowMultipleArgumentsPerToken = false };
var modes = new Option<string[]>("--mode") { Description = "keyword | hybrid | semantic (có thể lặp)", DefaultValueFactory = _ => ["keyword", "hybrid"] };
var queryFiles = new Option<string[]>("--queries") { Description = "Tệp câu tìm JSONL có trường query (mặc định: tests/eval/seed-, paraphrase-, reference-queries.jsonl)" };
var rounds = new Option<int>("--rounds") { Description = "Số lượt qua toàn bộ câu tìm", DefaultValueFactory = _ => 1 };
var seed = new Option<int>("--seed") { Description = "Hạt ngẫu nhiên cho thứ tự các nút", DefaultValueFactory = _ => 7 };
var search = new Command("search", "Độ trễ tìm kiếm p95 của các nút có cùng văn bản (HTTP và trong nút), hỏi xen kẽ") { nodes, modes, queryFiles, rounds, seed, apiKey };
search.SetAction(async parse =>
{
    var named = parse.GetValue(nodes)!.Select(n => n.Split('=', 2)).ToList();
    if (named.Any(n => n.Length != 2))
    {
        Console.Error.WriteLine("policykb-scaleout: --node phải có dạng tên=địa chỉ");
        return 2;
    }
    var sources = parse.GetValue(queryFiles) is { Length: > 0 } given ? given : BenchQueries.Defaults;
    var missing = sources.FirstOrDefault(f => !File.Exists(f));
    if (missing is not null)
    {
        Console.Error.WriteLine($"policykb-scaleout: không có tệp câu tìm {missing} (chạy từ thư mục gốc của kho mã)");
        return 2;
    }
    var queries = BenchQueries.Read(sources);
    var clients = named.Select(n => NodeClient.Create(n[0], n[1], parse.GetValue(apiKey))).ToList();
    try
    {
        foreach (var mode in parse.GetValue(modes)!)
        {
            for (var round = 0; round < parse.GetValue(rounds); round++) await new NodeSearchBench(clients, Console.Out).RunAsync(queries, mode, parse.GetValue(seed) + round);
        }
    }
    finally
    {
        foreach (var client in clients) client.Dispose();
    }
    return 0;
});

var root = new RootCommand("Số đo mở rộng nhiều nút PolicyKB (docs/scale-out.md) trên các nút chạy ở máy này") { propagation, search };
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"policykb-scaleout: {ex.Message}");
    return 2;
}
