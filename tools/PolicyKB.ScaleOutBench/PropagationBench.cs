using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace PolicyKB.ScaleOutBench;

/// <summary>
/// Propagation delay between two nodes on one shared store: uploads files one by one through node A while probing node
/// B every few milliseconds until its read model (the document list, read from the same state searches use, updated
/// after the Lucene commit) holds one more document; the delay is B's first sight minus the commit time PostgreSQL
/// recorded for the document's change (track_commit_timestamp; the change's transaction start otherwise). Assumes no
/// other writer while it runs (a throwaway cluster, as deploy/bench/propagation.sh starts).
/// </summary>
public sealed class PropagationBench(NodeClient a, NodeClient b, string connectionString, TextWriter output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>Uploads <paramref name="files"/> and prints the figures; returns the samples (commit times filled in) and what a search on B found.</summary>
    public async Task<PropagationRun> RunAsync(IReadOnlyList<string> files)
    {
        var wakesBefore = await WakesAsync().ConfigureAwait(false);
        var samples = new List<PropagationSample>();
        foreach (var file in files)
        {
            var before = await DocumentTotalAsync().ConfigureAwait(false);
            using var cancel = new CancellationTokenSource(Patience);
            var probe = ProbeAsync(before, cancel.Token);
            var (documentId, status) = await UploadAsync(file).ConfigureAwait(false);
            var answered = DateTimeOffset.UtcNow;
            if (status is not ("stored" or "replaced"))
            {
                await cancel.CancelAsync().ConfigureAwait(false);
                await probe.ConfigureAwait(false);
                output.WriteLine($"  {Path.GetFileName(file)}: {status}, bỏ qua");
                continue;
            }
            var visible = await probe.ConfigureAwait(false);
            samples.Add(new PropagationSample(Path.GetFileName(file), documentId, answered, visible));
        }
        samples = await WithCommitTimesAsync(samples).ConfigureAwait(false);
        var wakesAfter = await WakesAsync().ConfigureAwait(false);
        var found = await FoundBySearchAsync(samples).ConfigureAwait(false);
        Report(samples, wakesBefore, wakesAfter, found);
        return new PropagationRun(samples, found);
    }

    private async Task<DateTimeOffset?> ProbeAsync(int before, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                if (await DocumentTotalAsync(cancellationToken).ConfigureAwait(false) > before) return DateTimeOffset.UtcNow;
                await Task.Delay(ProbeInterval, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private async Task<int> DocumentTotalAsync(CancellationToken cancellationToken = default) =>
        (await b.GetAsync("api/documents?pageSize=1", cancellationToken).ConfigureAwait(false)).GetProperty("total").GetInt32();

    private async Task<(string DocumentId, string Status)> UploadAsync(string file)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(file).ConfigureAwait(false));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "files", Path.GetFileName(file));
        using var response = await a.Http.PostAsync("api/ingest", form).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var answer = (await response.Content.ReadFromJsonAsync<JsonElement>().ConfigureAwait(false)).GetProperty("files")[0];
        return (answer.GetProperty("documentId").GetString() ?? "", answer.GetProperty("status").GetString() ?? "");
    }

    private async Task<JsonElement?> WakesAsync()
    {
        var health = await b.GetAsync("api/health").ConfigureAwait(false);
        return health.TryGetProperty("replication", out var replication) && replication.ValueKind == JsonValueKind.Object
            && replication.TryGetProperty("wakes", out var wakes) && wakes.ValueKind == JsonValueKind.Object ? wakes.Clone() : null;
    }

    private async Task<List<PropagationSample>> WithCommitTimesAsync(List<PropagationSample> samples)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        var ids = samples.Select(s => s.DocumentId).ToArray();
        Dictionary<string, DateTimeOffset> committed;
        try
        {
            committed = await ReadTimesAsync(connection, "pg_xact_commit_timestamp(xmin)", ids).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState == "55000")
        {
            output.WriteLine("  track_commit_timestamp tắt: dùng thời điểm bắt đầu giao dịch (changes.at), độ trễ bị tính dư thời gian ghi văn bản");
            committed = await ReadTimesAsync(connection, "at", ids).ConfigureAwait(false);
        }
        return samples.Select(s => s with { Committed = committed.TryGetValue(s.DocumentId, out var at) ? at : null }).ToList();
    }

    private static async Task<Dictionary<string, DateTimeOffset>> ReadTimesAsync(NpgsqlConnection connection, string column, string[] ids)
    {
        // The last change of each document is its upload's.
        await using var command = new NpgsqlCommand($"SELECT document_id, {column} FROM changes WHERE document_id = ANY(@ids) ORDER BY seq", connection);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        while (await reader.ReadAsync().ConfigureAwait(false)) times[reader.GetString(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        return times;
    }

    private void Report(List<PropagationSample> samples, JsonElement? wakesBefore, JsonElement? wakesAfter, int found)
    {
        var inv = CultureInfo.InvariantCulture;
        var seen = samples.Where(s => s.Visible is not null && s.Committed is not null).ToList();
        var delays = seen.Select(s => (s.Visible!.Value - s.Committed!.Value).TotalMilliseconds).ToList();
        var afterAnswer = seen.Select(s => (s.Visible!.Value - s.Answered).TotalMilliseconds).ToList();
        var answerAfterCommit = seen.Select(s => (s.Answered - s.Committed!.Value).TotalMilliseconds).ToList();
        output.WriteLine();
        output.WriteLine($"{samples.Count} tệp tải lên qua nút A, {seen.Count} thấy được trên nút B, {samples.Count - seen.Count} không thấy trong {Patience.TotalSeconds:0} s");
        output.WriteLine($"ghi xong (commit) → thấy trên B:   {Percentiles.Summary(delays)}");
        output.WriteLine($"A trả lời tải lên → thấy trên B:   {Percentiles.Summary(afterAnswer)} (âm: B có trước khi A trả lời)");
        output.WriteLine($"commit → A trả lời tải lên:        {Percentiles.Summary(answerAfterCommit)}");
        output.WriteLine(string.Create(inv, $"B được đánh thức (lần áp dụng có thay đổi): {Wakes(wakesBefore, wakesAfter)}"));
        output.WriteLine($"tìm từ khoá trên B theo tên văn bản thấy đúng văn bản: {found}/{samples.Count}");
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Wakes(JsonElement? before, JsonElement? after)
    {
        if (after is not { } a) return "không có (nút không báo replication.wakes)";
        long Delta(string name) => a.GetProperty(name).GetInt64() - (before is { } b ? b.GetProperty(name).GetInt64() : 0);
        return $"NOTIFY {Delta("notified")}, hết chu kỳ thăm dò {Delta("polled")}, khởi động/thử lại {Delta("started")}";
    }

    /// <summary>How many uploaded documents a keyword search on B for their own title names (a real search, after the timing).</summary>
    private async Task<int> FoundBySearchAsync(List<PropagationSample> samples)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var list = await b.GetAsync($"api/documents?pageSize=100&page={page}").ConfigureAwait(false);
            var items = list.GetProperty("items").EnumerateArray().ToList();
            foreach (var item in items) titles[item.GetProperty("id").GetString()!] = Text(item, "title") ?? Text(item, "source") ?? "";
            if (items.Count < 100) break;
        }
        var found = 0;
        foreach (var sample in samples)
        {
            if (!titles.TryGetValue(sample.DocumentId, out var title)) continue;
            var query = Uri.EscapeDataString(title.Length > 200 ? title[..200] : title);
            var result = await b.GetAsync($"api/search?q={query}&mode=keyword&top=100").ConfigureAwait(false);
            var hits = result.GetProperty("hits").EnumerateArray().Concat(result.TryGetProperty("related", out var related) ? related.EnumerateArray() : []);
            if (hits.Any(h => h.GetProperty("documentId").GetString() == sample.DocumentId)) found++;
        }
        return found;
    }
}
