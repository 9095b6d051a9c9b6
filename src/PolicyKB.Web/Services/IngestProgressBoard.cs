using System.Collections.Concurrent;
using PolicyKB.Decoding.Ocr;
using PolicyKB.Web.Models;

namespace PolicyKB.Web.Services;

/// <summary>
/// The latest OCR progress of each upload that asked for it (by the id the uploader chose), so the upload page can show
/// "OCR trang 3/12 — còn khoảng 40 s" while the POST is still running. Entries are dropped when the upload ends, and
/// any left over (a client that went away) after an hour.
/// </summary>
public sealed class IngestProgressBoard(TimeProvider clock)
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (IngestProgressView View, DateTimeOffset At)> _entries = new(StringComparer.Ordinal);

    /// <summary>True for an id an uploader may choose: 8 to 64 letters, digits and dashes.</summary>
    public static bool IsValidId(string? id) => id is { Length: >= 8 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>A listener that posts progress under <paramref name="id"/>.</summary>
    public IProgress<OcrProgress> Listener(string id) => new BoardListener(this, id);

    /// <summary>The latest progress of the upload <paramref name="id"/>, or null when none was reported.</summary>
    public IngestProgressView? Get(string id) => _entries.TryGetValue(id, out var entry) ? entry.View : null;

    /// <summary>Forgets the upload <paramref name="id"/> (it has ended).</summary>
    public void Remove(string id) => _entries.TryRemove(id, out _);

    private void Post(string id, OcrProgress progress)
    {
        var now = clock.GetUtcNow();
        _entries[id] = (IngestProgressView.From(progress), now);
        foreach (var stale in _entries.Where(e => now - e.Value.At > Keep).Select(e => e.Key).ToList()) _entries.TryRemove(stale, out _);
    }

    private sealed class BoardListener(IngestProgressBoard board, string id) : IProgress<OcrProgress>
    {
        public void Report(OcrProgress value) => board.Post(id, value);
    }
}
