using System.Diagnostics;

namespace PolicyKB.LoadTest;

/// <summary>
/// Times what a browser fetches before the first results show on "#/?q=…": the HTML, then the stylesheet and entry
/// module together, then the other modules together, then the search. Rendering itself is measured by the browser test.
/// </summary>
public sealed class FirstPageProbe(HttpClient http)
{
    private static readonly string[] Entry = ["css/base.css", "css/pages.css", "chat.css", "js/app.js"];

    private static readonly string[] Modules =
        ["js/routes.js", "js/router.js", "js/dom.js", "js/api.js", "js/format.js", "js/highlight.js", "js/pages/search.js"];

    /// <summary>Milliseconds until the first search answered, or an error.</summary>
    public async Task<(double Milliseconds, string? Error)> MeasureAsync(string query, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await Get("", cancellationToken).ConfigureAwait(false);
            await Task.WhenAll(Entry.Select(p => Get(p, cancellationToken))).ConfigureAwait(false);
            await Task.WhenAll(Modules.Select(p => Get(p, cancellationToken))).ConfigureAwait(false);
            await Get($"api/search?q={Uri.EscapeDataString(query)}&top=10", cancellationToken).ConfigureAwait(false);
            return (clock.Elapsed.TotalMilliseconds, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (clock.Elapsed.TotalMilliseconds, ex.Message);
        }
    }

    private async Task Get(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }
}
