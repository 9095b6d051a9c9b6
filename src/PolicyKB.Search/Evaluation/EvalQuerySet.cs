using System.Text.Json;

namespace PolicyKB.Search.Evaluation;

/// <summary>
/// Reads a query set: JSON Lines, one object per line, <c>{"query": "...", "kind": "...", "split": "dev|test",
/// "relevant": [{"source": "...", "snippet": "..."}]}</c> ("split" optional). Blank lines and lines starting with <c>//</c> are skipped.
/// </summary>
public static class EvalQuerySet
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<EvalQuery> Load(string path) => Parse(File.ReadLines(path));

    /// <summary>
    /// Parses lines. Throws <see cref="FormatException"/> naming the line for malformed JSON, an empty query, or a
    /// query without a relevant snippet: a judgement set with holes would report wrong figures silently.
    /// </summary>
    public static IReadOnlyList<EvalQuery> Parse(IEnumerable<string> lines)
    {
        var queries = new List<EvalQuery>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal)) continue;
            Line? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize<Line>(trimmed, Options);
            }
            catch (JsonException ex)
            {
                throw new FormatException($"dòng {number}: JSON không hợp lệ ({ex.Message})", ex);
            }
            if (parsed is null || string.IsNullOrWhiteSpace(parsed.Query)) throw new FormatException($"dòng {number}: thiếu \"query\"");
            var relevant = (parsed.Relevant ?? [])
                .Where(r => !string.IsNullOrWhiteSpace(r.Source) && !string.IsNullOrWhiteSpace(r.Snippet))
                .Select(r => new RelevantSnippet(r.Source!.Trim(), r.Snippet!))
                .ToList();
            if (relevant.Count == 0) throw new FormatException($"dòng {number}: \"relevant\" cần ít nhất một {{source, snippet}}");
            queries.Add(new EvalQuery(parsed.Query, string.IsNullOrWhiteSpace(parsed.Kind) ? "other" : parsed.Kind.Trim(), relevant)
            {
                Split = string.IsNullOrWhiteSpace(parsed.Split) ? null : parsed.Split.Trim(),
            });
        }
        return queries;
    }

    private sealed record Line(string? Query, string? Kind, List<Judgement>? Relevant, string? Split);

    private sealed record Judgement(string? Source, string? Snippet);
}
