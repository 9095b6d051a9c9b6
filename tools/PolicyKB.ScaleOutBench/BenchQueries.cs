using System.Text.Json;

namespace PolicyKB.ScaleOutBench;

/// <summary>The judged queries of tests/eval (the "query" of every JSON line; "//" lines are comments), in file order, distinct.</summary>
public static class BenchQueries
{
    /// <summary>The eval files read when none are named.</summary>
    public static readonly string[] Defaults = ["tests/eval/seed-queries.jsonl", "tests/eval/paraphrase-queries.jsonl", "tests/eval/reference-queries.jsonl"];

    /// <summary>Reads the queries of <paramref name="files"/>.</summary>
    public static IReadOnlyList<string> Read(IEnumerable<string> files) => files
        .SelectMany(File.ReadLines)
        .Where(line => line.TrimStart().StartsWith('{'))
        .Select(QueryOf)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .ToList();

    private static string? QueryOf(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("query").GetString();
    }
}
