using System.Net.Http.Headers;
using System.Text.Json;
using PolicyKB.Decoding.Ocr;
using PolicyKB.Ingestion;
using PolicyKB.Storage;

namespace PolicyKB.Cli;

/// <summary>
/// Sends files to the web host that owns the data folder (POST /api/ingest), so <c>policykb ingest</c> works beside a
/// running host without a second writer on the folder. Files go in batches the API accepts; each file's result comes
/// back as the same <see cref="IngestionResult"/> a local ingest gives, and the OCR of scans reports its pages to the
/// same listener a local ingest uses (<see cref="HostOcrProgress"/>).
/// </summary>
internal sealed class HostIngestClient(DataDirectoryOwner owner, string? apiKey, TimeSpan timeout)
{
    // The API's default limit of files per request (PolicyKB:Api:MaxUploadFiles); a smaller batch is always accepted.
    private const int BatchSize = 10;

    public string Url => owner.Url!;

    /// <summary>Sends <paramref name="files"/>; <paramref name="ocr"/> hears the page progress of the scans among them.</summary>
    public IReadOnlyList<IngestionResult> Ingest(IReadOnlyList<string> files, bool replace, Action<string> onFile, IProgress<OcrProgress> ocr)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Url), Timeout = timeout };
        var key = apiKey ?? owner.GeneratedApiKey;
        if (!string.IsNullOrEmpty(key)) http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var progress = new HostOcrProgress(http, ocr);
        var results = new List<IngestionResult>();
        foreach (var batch in files.Chunk(BatchSize))
        {
            using var form = new MultipartFormDataContent();
            foreach (var file in batch)
            {
                onFile(file);
                var content = new ByteArrayContent(File.ReadAllBytes(file));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(content, "files", Path.GetFileName(file));
            }
            var id = HostOcrProgress.NewId();
            using var response = progress.Follow(http.PostAsync($"/api/ingest?progress={id}{(replace ? "&replace=true" : "")}", form), id);
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                var detail = TryDetail(body) ?? body;
                results.AddRange(batch.Select(f => new IngestionResult(Path.GetFileName(f), "", IngestionStatus.Failed,
                    $"máy chủ {Url} từ chối ({(int)response.StatusCode}): {detail}")));
                continue;
            }
            using var json = JsonDocument.Parse(body);
            results.AddRange(json.RootElement.GetProperty("files").EnumerateArray().Select(Result));
        }
        return results;
    }

    private static IngestionResult Result(JsonElement file)
    {
        var status = file.GetProperty("status").GetString() switch
        {
            "stored" => IngestionStatus.Stored,
            "replaced" => IngestionStatus.Replaced,
            "unchanged" => IngestionStatus.Unchanged,
            _ => IngestionStatus.Failed,
        };
        return new IngestionResult(file.GetProperty("fileName").GetString() ?? "", file.GetProperty("documentId").GetString() ?? "", status,
            file.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString() : null)
        {
            Clauses = file.GetProperty("clauses").GetInt32(),
            Citations = file.GetProperty("citations").GetInt32(),
            Warnings = file.GetProperty("warnings").EnumerateArray().Select(w => w.GetString() ?? "").ToList(),
            Note = file.TryGetProperty("note", out var note) && note.ValueKind == JsonValueKind.String ? note.GetString() : null,
            Ocr = file.TryGetProperty("ocr", out var ocr) && ocr.ValueKind == JsonValueKind.Object ? Ocr(ocr) : null,
        };
    }

    private static Documents.OcrRecord Ocr(JsonElement ocr) => new()
    {
        Pages = ocr.GetProperty("pages").EnumerateArray().Select(p => p.GetInt32()).ToList(),
        PageCount = ocr.GetProperty("pageCount").GetInt32(),
        MeanConfidence = ocr.TryGetProperty("meanConfidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : null,
        LowConfidence = ocr.TryGetProperty("lowConfidence", out var low) && low.ValueKind == JsonValueKind.True,
    };

    private static string? TryDetail(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
