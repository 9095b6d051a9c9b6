using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace PolicyKB.ScaleOutBench;

/// <summary>
/// Search latency of nodes holding the same documents (a PostgreSQL-provider node and a LiteDB host): each query is sent
/// to every node one at a time, nodes in a random order per query so neither always runs second on a warm cache; the
/// wall time the client measured (HTTP) and the time the node reported for the search itself (tookMs, in-process)
/// are kept per node. Run with the nodes' search cache off (PolicyKB__Api__SearchCacheSeconds=0).
/// </summary>
public sealed class NodeSearchBench(IReadOnlyList<NodeClient> nodes, TextWriter output)
{
    /// <summary>Asks each of <paramref name="queries"/> in <paramref name="mode"/> of every node; prints and returns p95 per node (HTTP, in-process).</summary>
    public async Task<IReadOnlyDictionary<string, (double Http, double InProcess)>> RunAsync(IReadOnlyList<string> queries, string mode, int seed)
    {
        var random = new Random(seed);
        var http = nodes.ToDictionary(n => n.Name, _ => new List<double>(), StringComparer.Ordinal);
        var took = nodes.ToDictionary(n => n.Name, _ => new List<double>(), StringComparer.Ordinal);
        var hitsDiffer = 0;
        // One pass first, not counted: the measurement is of running nodes, not of JIT compilation and cold pages.
        foreach (var node in nodes) foreach (var q in queries.Take(20)) await SearchAsync(node, q, mode).ConfigureAwait(false);
        foreach (var query in queries)
        {
            var answers = new List<string>();
            foreach (var node in nodes.OrderBy(_ => random.Next()))
            {
                var clock = Stopwatch.StartNew();
                var result = await SearchAsync(node, query, mode).ConfigureAwait(false);
                http[node.Name].Add(clock.Elapsed.TotalMilliseconds);
                took[node.Name].Add(result.GetProperty("tookMs").GetDouble());
                answers.Add(string.Join(' ', result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("clauseId").GetString())));
            }
            if (answers.Distinct(StringComparer.Ordinal).Count() > 1) hitsDiffer++;
        }
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"{mode}: {queries.Count} câu tìm, mỗi câu hỏi lần lượt từng nút (thứ tự ngẫu nhiên, seed {seed})");
        foreach (var node in nodes)
        {
            output.WriteLine($"  {node.Name,-9} HTTP      {Percentiles.Summary(http[node.Name])}");
            output.WriteLine($"  {node.Name,-9} trong nút {Percentiles.Summary(took[node.Name])}");
        }
        if (nodes.Count == 2)
        {
            var (first, second) = (nodes[0].Name, nodes[1].Name);
            output.WriteLine(string.Create(inv,
                $"  p95 {first}/{second}: HTTP {Percentiles.Of(http[first], 95) / Math.Max(1, Percentiles.Of(http[second], 95)):0.00}, trong nút {Percentiles.Of(took[first], 95) / Math.Max(1, Percentiles.Of(took[second], 95)):0.00}"));
        }
        output.WriteLine($"  câu tìm mà các nút trả về kết quả khác nhau: {hitsDiffer}/{queries.Count}");
        return nodes.ToDictionary(n => n.Name, n => (Percentiles.Of(http[n.Name], 95), Percentiles.Of(took[n.Name], 95)), StringComparer.Ordinal);
    }

    private static async Task<JsonElement> SearchAsync(NodeClient node, string query, string mode) =>
        await node.GetAsync($"api/search?q={Uri.EscapeDataString(query)}&mode={mode}&top=10").ConfigureAwait(false);
}
