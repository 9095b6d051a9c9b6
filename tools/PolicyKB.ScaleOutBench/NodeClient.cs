using System.Net.Http.Json;
using System.Text.Json;

namespace PolicyKB.ScaleOutBench;

/// <summary>One PolicyKB node over HTTP (loopback only: this tool measures nodes on this machine).</summary>
public sealed class NodeClient : IDisposable
{
    private NodeClient(string name, HttpClient http)
    {
        Name = name;
        Http = http;
    }

    /// <summary>A short name for reports ("A", "postgres").</summary>
    public string Name { get; }

    /// <summary>The client, with the API key when one was given.</summary>
    public HttpClient Http { get; }

    /// <summary>A client for <paramref name="url"/>; throws <see cref="ArgumentException"/> for anything but a loopback address.</summary>
    public static NodeClient Create(string name, string url, string? apiKey)
    {
        if (!Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || !uri.IsLoopback)
        {
            throw new ArgumentException($"địa chỉ nút {name} không hợp lệ hoặc không phải máy này (localhost, 127.0.0.1): {url}");
        }
        var http = new HttpClient { BaseAddress = uri, Timeout = TimeSpan.FromMinutes(5) };
        if (!string.IsNullOrEmpty(apiKey)) http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return new NodeClient(name, http);
    }

    /// <summary>A node behind an existing client (an in-process test host); disposing disposes <paramref name="http"/>.</summary>
    public static NodeClient Over(string name, HttpClient http) => new(name, http);

    /// <summary>GET <paramref name="path"/> as JSON; throws on a status other than 200.</summary>
    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await Http.GetAsync(path, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits until /api/health/ready answers 200; false after <paramref name="patience"/>.</summary>
    public async Task<bool> WaitReadyAsync(TimeSpan patience)
    {
        var until = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < until)
        {
            try
            {
                using var response = await Http.GetAsync("api/health/ready").ConfigureAwait(false);
                if (response.IsSuccessStatusCode) return true;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(500).ConfigureAwait(false);
        }
        return false;
    }

    /// <inheritdoc />
    public void Dispose() => Http.Dispose();
}
