using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace PolicyKB.Tests.Web;

/// <summary>Compression of API responses and UI files, cache headers of the UI, the icon.</summary>
public sealed partial class StaticAssetsTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task The_document_page_json_is_compressed_for_clients_that_accept_it(string encoding)
    {
        var url = "/api/documents/ha-tinh-2024-cung-co-y-te-co-so";
        var plain = await app.CreateClient().GetByteArrayAsync(url);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length * 4 < plain.Length, $"{compressed.Length} bytes compressed of {plain.Length}");
        await using Stream decoder = encoding == "br"
            ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        Assert.Equal(plain, decoded.ToArray());
    }

    [Fact]
    public async Task The_home_page_is_revalidated_and_answers_304_when_unchanged()
    {
        using var first = await app.CreateClient().GetAsync("/");
        Assert.True(first.Headers.CacheControl!.NoCache);
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/");
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await app.CreateClient().SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task The_files_the_home_page_loads_are_fingerprinted_and_cached_for_a_year()
    {
        var page = await app.CreateClient().GetStringAsync("/");
        var references = LocalReference().Matches(page).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains(references, r => r.EndsWith("/js/app.js", StringComparison.Ordinal));
        Assert.All(references, r => Assert.Matches("^v/[0-9a-f]{12}/", r));
        foreach (var reference in references)
        {
            using var response = await app.CreateClient().GetAsync("/" + reference);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl!.MaxAge >= TimeSpan.FromDays(365), reference);
        }
    }

    [Theory]
    [InlineData("/js/app.js")]
    [InlineData("/v/000000000000/js/app.js")] // a page loaded before an upgrade
    public async Task Unversioned_or_outdated_file_urls_are_revalidated_by_etag(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoCache);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/favicon.ico")]
    [InlineData("/favicon.svg")]
    public async Task The_icon_is_served(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
    }

    [GeneratedRegex("(?:href|src)=\"(v/[^\"]+)\"")]
    private static partial Regex LocalReference();
}
