using PolicyKB.Ingestion;

namespace PolicyKB.Cli;

/// <summary>The summary printed after ingesting.</summary>
internal sealed record IngestSummary(
    int Files, int Stored, int Replaced, int Unchanged, int Failed, int Clauses, int Citations, int Warnings,
    double Seconds, double MegabytesPerSecond, IReadOnlyList<IngestionResult> Results)
{
    public static IngestSummary From(IReadOnlyList<IngestionResult> results, TimeSpan elapsed)
    {
        // File bytes, not decoded characters: a .docx or .pdf holds far more bytes than its text, and UTF-16
        // characters counted twice over-stated the rate of plain-text files that are mostly one-byte UTF-8.
        var bytes = results.Sum(r => r.FileBytes);
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        return new IngestSummary(
            results.Count,
            results.Count(r => r.Status == IngestionStatus.Stored),
            results.Count(r => r.Status == IngestionStatus.Replaced),
            results.Count(r => r.Status == IngestionStatus.Unchanged),
            results.Count(r => r.Status == IngestionStatus.Failed),
            results.Sum(r => r.Clauses),
            results.Sum(r => r.Citations),
            results.Sum(r => r.Warnings.Count),
            Math.Round(elapsed.TotalSeconds, 3),
            Math.Round(bytes / 1e6 / seconds, 2),
            results);
    }

    public void WriteText(TextWriter output)
    {
        foreach (var r in Results)
        {
            var status = r.Status switch
            {
                IngestionStatus.Stored => "đã nạp",
                IngestionStatus.Replaced => "đã thay",
                IngestionStatus.Unchanged => "không đổi",
                _ => "LỖI",
            };
            output.WriteLine(r.Status is IngestionStatus.Stored or IngestionStatus.Replaced
                ? $"  {status,-10} {r.FileName} → {r.DocumentId}: {r.Clauses} điều khoản, {r.Citations} trích dẫn{(r.Warnings.Count > 0 ? $", {r.Warnings.Count} cảnh báo" : "")}"
                : $"  {status,-10} {r.FileName}{(r.Error is null ? "" : ": " + r.Error)}");
            // Renamed ids, replacements and duplicates are said out loud: a document never changes identity silently.
            if (r.Note is not null) output.WriteLine($"             ({r.Note})");
            if (r.Ocr is not null) output.WriteLine($"             Nhận dạng ký tự (OCR): {r.Ocr.Describe()}");
        }
        output.WriteLine($"{Files} tệp: {Stored} đã nạp, {Replaced} đã thay bản cũ, {Unchanged} không đổi, {Failed} lỗi; " +
            $"{Clauses} điều khoản, {Citations} trích dẫn, {Warnings} cảnh báo ({Seconds:0.###} s, {MegabytesPerSecond:0.00} MB/s)");
    }
}
