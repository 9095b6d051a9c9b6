using Microsoft.AspNetCore.OutputCaching;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// The output-cache policy for searches: officials run the same searches over and over (and the UI repeats a query
/// while typing), and a search costs several milliseconds of CPU while a cached answer costs almost none.
/// </summary>
public static class SearchCache
{
    /// <summary>The policy name.</summary>
    public const string Policy = "search";

    /// <summary>The tag evicted after every change to the knowledge base.</summary>
    public const string Tag = "knowledge-base";

    /// <summary>
    /// Varies by the whole query string and by the API key header: the cache answers before endpoint filters run,
    /// so when reads need the key a response cached for one key must never reach a request without it.
    /// </summary>
    public static Action<OutputCachePolicyBuilder> Build(ApiOptions options) => builder =>
    {
        if (options.SearchCacheSeconds == 0)
        {
            builder.NoCache();
            return;
        }
        builder.Expire(TimeSpan.FromSeconds(options.SearchCacheSeconds)).SetVaryByQuery("*").SetVaryByHeader(ApiOptions.KeyHeader).Tag(Tag);
    };
}
