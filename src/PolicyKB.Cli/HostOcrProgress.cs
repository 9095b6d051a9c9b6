using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyKB.Decoding.Ocr;

namespace PolicyKB.Cli;

/// <summary>
/// Follows the OCR of one upload to a running host while the upload's POST is still running: it asks
/// GET /api/ingest/progress/{id} (the id sent as <c>progress=</c>) and hands each new report to the same listener a local
/// ingest reports to, so <c>policykb ingest</c> beside a host shows the same "OCR trang 3/12 — còn khoảng 40 s" lines.
/// Progress is a courtesy: a host that does not answer it (older, busy, unreachable) only means no lines, never a failed upload.
/// </summary>
internal sealed class HostOcrProgress(HttpClient http, IProgress<OcrProgress> listener)
{
    // The host's page watch posts about twice a second; asking a little more often misses no page it posts.
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(5);

    /// <summary>A fresh id the API accepts (8–64 letters, digits, dashes): 32 hex digits.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>Waits for <paramref name="upload"/>, reporting the OCR progress of upload <paramref name="id"/> meanwhile; returns its result.</summary>
    public T Follow<T>(Task<T> upload, string id)
    {
        OcrProgress? last = null;
        while (!upload.IsCompleted)
        {
            Task.WhenAny(upload, Task.Delay(Interval)).GetAwaiter().GetResult();
            if (upload.IsCompleted) break;
            // The host posts the same report until the next page; one line per change, as a local ingest writes.
            if (Poll(id) is { } progress && progress != last) listener.Report(last = progress);
        }
        return upload.GetAwaiter().GetResult();
    }

    private OcrProgress? Poll(string id)
    {
        try
        {
            using var timeout = new CancellationTokenSource(PollTimeout);
            using var response = http.GetAsync($"/api/ingest/progress/{Uri.EscapeDataString(id)}", timeout.Token).GetAwaiter().GetResult();
            if (response.StatusCode != HttpStatusCode.OK) return null;
            var view = response.Content.ReadFromJsonAsync<ProgressView>(JsonSerializerOptions.Web, timeout.Token).GetAwaiter().GetResult();
            if (view is not { FileName: { } file, Page: > 0, PageCount: > 0 }) return null;
            return new OcrProgress(file, view.Page, view.PageCount, view.RemainingSeconds is { } s ? TimeSpan.FromSeconds(s) : null);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    // The fields of the API's IngestProgressView this client reads (the CLI does not reference the web project).
    private sealed record ProgressView(string? FileName, int Page, int PageCount, int? RemainingSeconds);
}
