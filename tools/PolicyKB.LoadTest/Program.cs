using System.CommandLine;
using System.Globalization;
using PolicyKB.LoadTest;

// policykb-load: simulated users searching a local PolicyKB host, bounded in time and in requests.
var url = new Option<string>("--url") { Description = "Địa chỉ máy chủ PolicyKB (chỉ localhost/127.0.0.1)", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
var users = new Option<int>("--users") { Description = "Số người dùng đồng thời (1–200)", DefaultValueFactory = _ => 50 };
var seconds = new Option<int>("--duration") { Description = "Thời gian chạy, giây (1–600)", DefaultValueFactory = _ => 60 };
var think = new Option<int>("--think-ms") { Description = "Thời gian đọc kết quả trung bình giữa hai lượt tìm, ms (0 = liên tục)", DefaultValueFactory = _ => 1000 };
var max = new Option<int>("--max-requests") { Description = "Số lượt tìm tối đa", DefaultValueFactory = _ => 100_000 };
var mode = new Option<string>("--mode") { Description = "hybrid | keyword | semantic", DefaultValueFactory = _ => "hybrid" };
var target = new Option<double?>("--p95-target") { Description = "Mã thoát 1 nếu p95 (ms) vượt mức này" };
var root = new RootCommand("Đo tải PolicyKB: nhiều người dùng cùng tìm kiếm trong một khoảng thời gian") { url, users, seconds, think, max, mode, target };
root.SetAction(async parse =>
{
    if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var baseUri))
    {
        Console.Error.WriteLine("policykb-load: --url không hợp lệ");
        return 2;
    }
    var options = new LoadOptions(new Uri(baseUri.ToString().TrimEnd('/') + "/"), parse.GetValue(users), TimeSpan.FromSeconds(parse.GetValue(seconds)),
        TimeSpan.FromMilliseconds(parse.GetValue(think)), parse.GetValue(max), parse.GetValue(mode)!.ToLowerInvariant());
    if (options.Problem() is { } problem)
    {
        Console.Error.WriteLine($"policykb-load: {problem}");
        return 2;
    }
    using (var check = new HttpClient { BaseAddress = options.BaseUri, Timeout = TimeSpan.FromSeconds(5) })
    {
        try
        {
            (await check.GetAsync("api/health")).EnsureSuccessStatusCode();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"policykb-load: không kết nối được {options.BaseUri} ({ex.Message}); hãy chạy dotnet run --project src/PolicyKB.Web trước.");
            return 2;
        }
    }

    Console.WriteLine($"{options.Users} người dùng, {options.Duration.TotalSeconds:0} s, nghỉ {options.ThinkTime.TotalMilliseconds:0} ms giữa các lượt tìm, chế độ {options.Mode}, {options.BaseUri}");
    using var firstVisit = new HttpClient { BaseAddress = options.BaseUri };
    var coldProbe = await new FirstPageProbe(firstVisit).MeasureAsync("bao hiem y te", CancellationToken.None);
    // One pass over the queries first, so the measurement is of a running server rather than of JIT compilation.
    foreach (var q in Queries.All) using (await firstVisit.GetAsync($"api/search?q={Uri.EscapeDataString(q)}&mode={options.Mode}&top=10")) { }
    Console.WriteLine($"khởi động: {Queries.All.Count} lượt tìm (không tính vào kết quả)");
    var (searches, firstPages, elapsed) = await new LoadRunner(options, Console.Out).RunAsync();

    var errors = searches.Errors.Values.Sum();
    var p95 = searches.Percentile(95);
    var inv = CultureInfo.InvariantCulture;
    Console.WriteLine();
    Console.WriteLine(string.Create(inv, $"lượt tìm:      {searches.Count} thành công, {errors} lỗi ({searches.Count / elapsed.TotalSeconds:0.0}/s)"));
    foreach (var (reason, n) in searches.Errors) Console.WriteLine($"  lỗi {reason}: {n}");
    Console.WriteLine(string.Create(inv, $"độ trễ tìm:    p50 {searches.Percentile(50):0.0} ms, p95 {p95:0.0} ms, p99 {searches.Percentile(99):0.0} ms, max {searches.Percentile(100):0.0} ms"));
    Console.WriteLine(string.Create(inv, $"trang đầu:     {coldProbe.Milliseconds:0} ms khi chưa tải (HTML, CSS, module, lượt tìm đầu){(coldProbe.Error is null ? "" : $" — lỗi {coldProbe.Error}")}"));
    Console.WriteLine(string.Create(inv, $"trang đầu khi đang tải: p50 {firstPages.Percentile(50):0} ms, max {firstPages.Percentile(100):0} ms ({firstPages.Count} lần, {firstPages.Errors.Values.Sum()} lỗi)"));
    var limit = parse.GetValue(target);
    var ok = errors == 0 && firstPages.Errors.Count == 0 && (limit is null || p95 <= limit);
    Console.WriteLine(ok ? "KẾT QUẢ: ĐẠT" : "KẾT QUẢ: KHÔNG ĐẠT");
    return ok ? 0 : 1;
});
return await root.Parse(args).InvokeAsync();
