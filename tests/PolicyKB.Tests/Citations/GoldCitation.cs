using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyKB.Tests.Citations;

/// <summary>
/// One hand-annotated citation of tests/eval/citations-gold.jsonl: a cited document (its key as PolicyKB writes keys)
/// and the source line where the reference is printed (a reference wrapped over lines counts on its first line).
/// Annotation rules: every mention of a specific document counts, titles in capitals and aliases ("(sau đây viết tắt
/// là Nghị định)", "Nghị quyết 347") included, under the key of the document meant; laws named inside an amending law's
/// name count too. Not citations: the document's own number and "… này", generic mentions ("các văn bản hướng dẫn",
/// "Quyết định của Chủ tịch"), programmes, plans and projects named without a number ("Đề án bệnh viện vệ tinh",
/// "Quy hoạch mạng lưới …"), standards (TCVN) and the website furniture around a document.
/// </summary>
/// <param name="File">Path under ../shared ("corpus/…" or "seeds/…").</param>
/// <param name="Split">"dev" (rules may be tuned on it), "test" (never) or "seed" (the seed plans of the issue).</param>
/// <param name="Line">1-based source line.</param>
/// <param name="Key">Expected key: "281/QĐ-TTg", "25-CT/TW", "Luật Việc làm", "Đề án 1816".</param>
/// <param name="Raw">The reference as printed, for people reading the file.</param>
public sealed record GoldCitation(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("split")] string Split,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("raw")] string Raw)
{
    /// <summary>Reads every entry of a JSON-lines gold file.</summary>
    public static List<GoldCitation> Load(string path) =>
        System.IO.File.ReadLines(path).Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<GoldCitation>(l)!).ToList();
}
