using System.Text.Json;

namespace PolicyKB.Tests.Facts;

/// <summary>One hand-annotated line of tests/eval/facts.jsonl.</summary>
public sealed record GoldFact(string File, string Kind, string Split, JsonElement Json)
{
    /// <summary>A string field, or null when absent or null.</summary>
    public string? Get(string name) =>
        Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A boolean field, false when absent.</summary>
    public bool Flag(string name) => Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    /// <summary>For a coverage line: the kinds annotated completely in the file (precision is measured on them only).</summary>
    public IReadOnlyList<string> Complete =>
        Json.TryGetProperty("complete", out var v) ? v.EnumerateArray().Select(e => e.GetString()!).ToList() : [];

    /// <summary>Reads the gold set.</summary>
    public static IReadOnlyList<GoldFact> Load(string path) =>
        System.IO.File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l =>
        {
            var json = JsonDocument.Parse(l).RootElement.Clone();
            return new GoldFact(json.GetProperty("file").GetString()!, json.GetProperty("kind").GetString()!, json.GetProperty("split").GetString()!, json);
        }).ToList();
}
