using System.Net;
using PolicyKB.Tests.Browser;

namespace PolicyKB.Tests.Web;

/// <summary>
/// Very long addresses on the real Kestrel server: the in-memory test server has no request-line limit, and Kestrel
/// answers a line over its limit with a bare 414 before any middleware runs, so only a real port shows the behaviour.
/// </summary>
public sealed class LongRequestLineTests(LiveApplication app) : IClassFixture<LiveApplication>
{
    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/api/documents?q=")]
    public async Task A_100_KB_query_is_a_400_problem_not_a_bare_414(string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseAddress) };

        var response = await client.GetAsync(path + new string('a', 100 * 1024));

        var problem = await ApiAssert.Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains("rút gọn", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
