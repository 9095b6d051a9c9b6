using System.Text.Json;

namespace PolicyKB.Tests.Evaluation;

/// <summary>A line of tests/eval/nothing-found-queries.jsonl: a query that must match no clause.</summary>
public sealed record NothingFoundQuery(string Query, string Kind, string Split)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Reads the file, skipping blank lines and // comments.</summary>
    public static IReadOnlyList<NothingFoundQuery> Load(string path) => File.ReadLines(path)
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal))
        .Select(l => JsonSerializer.Deserialize<NothingFoundQuery>(l, Options) ?? throw new FormatException(l))
        .ToList();
}
