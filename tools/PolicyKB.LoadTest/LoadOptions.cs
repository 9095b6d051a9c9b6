namespace PolicyKB.LoadTest;

/// <summary>What to run: how many users, how long, against which local server.</summary>
/// <param name="BaseUri">The PolicyKB host; loopback only.</param>
/// <param name="Users">Concurrent simulated users (1–200).</param>
/// <param name="Duration">How long to run (1–600 s).</param>
/// <param name="ThinkTime">Mean pause between a user's searches (reading the results); 0 for back-to-back requests.</param>
/// <param name="MaxRequests">Hard cap on search requests, whatever the duration.</param>
/// <param name="Mode">Search mode sent with every query.</param>
public sealed record LoadOptions(Uri BaseUri, int Users, TimeSpan Duration, TimeSpan ThinkTime, int MaxRequests, string Mode)
{
    /// <summary>Why the options cannot be run, or null. The tool only ever loads a server on this machine.</summary>
    public string? Problem() =>
        !BaseUri.IsLoopback ? $"chỉ chạy với máy chủ trên máy này (localhost, 127.0.0.1); không chạy với {BaseUri.Host}"
        : Users is < 1 or > 200 ? "--users phải từ 1 đến 200"
        : Duration < TimeSpan.FromSeconds(1) || Duration > TimeSpan.FromMinutes(10) ? "--duration phải từ 1 đến 600 giây"
        : ThinkTime < TimeSpan.Zero || ThinkTime > TimeSpan.FromSeconds(60) ? "--think-ms phải từ 0 đến 60000"
        : MaxRequests is < 1 or > 1_000_000 ? "--max-requests phải từ 1 đến 1.000.000"
        : Mode is not ("hybrid" or "keyword" or "semantic") ? "--mode phải là hybrid, keyword hoặc semantic"
        : null;
}
