using System.Net;
using System.Text.Json;

namespace PolicyKB.Tests.Web;

/// <summary>Assertions on API answers.</summary>
public static class ApiAssert
{
    /// <summary>Asserts an RFC 7807 problem with the status and a Vietnamese title and detail; returns the problem.</summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status, string? titleContains = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        var title = problem.GetProperty("title").GetString() ?? "";
        var detail = problem.GetProperty("detail").GetString() ?? "";
        Assert.True(HasVietnamese(title) && HasVietnamese(detail), $"not Vietnamese: {title} / {detail}");
        if (titleContains is not null) Assert.Contains(titleContains, title, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>Reads a 200 JSON body.</summary>
    public static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>GETs and reads a 200 JSON body.</summary>
    public static async Task<JsonElement> GetOk(this HttpClient client, string url) => await Ok(await client.GetAsync(url));

    // Vietnamese text uses letters outside ASCII (ă, ê, ơ, đ, tone marks); English framework messages do not.
    private static bool HasVietnamese(string text) => text.Any(c => c > '\u007f' && char.IsLetter(c));
}
