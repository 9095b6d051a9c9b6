using System.Net;

namespace PolicyKB.Tests.Web;

/// <summary>A deployment that closes reads and limits uploads (see <see cref="RestrictedPolicyKbApplication"/>).</summary>
public sealed class AccessTests(RestrictedPolicyKbApplication app) : IClassFixture<RestrictedPolicyKbApplication>
{
    [Theory]
    [InlineData("/api/documents")]
    [InlineData("/api/documents/ha-tinh-2024-cung-co-y-te-co-so")]
    [InlineData("/api/clauses/ha-tinh-2024-cung-co-y-te-co-so/III")]
    [InlineData("/api/citations")]
    [InlineData("/api/citations/graph")]
    [InlineData("/api/citations/25-CT/TW")]
    [InlineData("/api/search?q=y%20te")]
    public async Task Closed_reads_need_the_key(string url)
    {
        await ApiAssert.Problem(await app.CreateClient().GetAsync(url), HttpStatusCode.Unauthorized);
        await ApiAssert.Ok(await app.CreateAdminClient().GetAsync(url));
    }

    [Fact]
    public async Task A_cached_search_is_never_served_without_the_key()
    {
        await ApiAssert.Ok(await app.CreateAdminClient().GetAsync("/api/search?q=tram%20y%20te"));

        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/search?q=tram%20y%20te"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Closed_reads_close_the_chat_too()
    {
        var response = await app.CreateClient().PostAsync("/api/ask",
            new StringContent("{\"question\":\"Kế hoạch nào thực hiện Chỉ thị 25-CT/TW?\"}", System.Text.Encoding.UTF8, "application/json"));

        await ApiAssert.Problem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Health_stays_open_for_monitoring()
    {
        await ApiAssert.Ok(await app.CreateClient().GetAsync("/api/health"));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_a_413_and_nothing_is_ingested()
    {
        var big = Uploads.Utf8(Uploads.CitedPlan + new string('\n', RestrictedPolicyKbApplication.MaxFileBytes));

        var problem = await ApiAssert.Problem(
            await app.CreateAdminClient().PostAsync("/api/ingest", Uploads.Form(("nho.txt", Uploads.Utf8(Uploads.CitedPlan)), ("lon.txt", big))),
            HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("lon.txt", problem.GetProperty("detail").GetString());
        await ApiAssert.Problem(await app.CreateAdminClient().GetAsync("/api/documents/nho"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Too_many_files_is_a_413()
    {
        var file = Uploads.Utf8(Uploads.CitedPlan);

        var problem = await ApiAssert.Problem(
            await app.CreateAdminClient().PostAsync("/api/ingest", Uploads.Form(("a.txt", file), ("b.txt", file), ("c.txt", file))),
            HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains(RestrictedPolicyKbApplication.MaxFiles.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString());
    }
}
