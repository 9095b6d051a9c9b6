using Microsoft.Extensions.DependencyInjection;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Tests.Web;

/// <summary>
/// The store check (and the start-up ingestion) wait for the host's first API answer, or for
/// PolicyKB:BackgroundStartDelaySeconds, so they do not take the cores from the first search of a cold start.
/// </summary>
public sealed class FirstAnswerGateTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_store_check_has_not_begun_at_the_first_answer_and_begins_after_it()
    {
        using var host = new DataFolderApplication(settings: Settings(delaySeconds: 600), holdWrites: true);
        var client = host.CreateClient();

        var first = await client.GetOk("/api/health");
        await host.Services.GetRequiredService<StoreCheckState>().Completion.WaitAsync(Limit);
        var after = await client.GetOk("/api/health");

        Assert.Equal("pending", first.GetProperty("storeCheck").GetString());
        Assert.Equal("passed", after.GetProperty("storeCheck").GetString());
    }

    [Fact]
    public async Task Without_any_request_the_store_check_begins_once_the_delay_has_passed()
    {
        using var host = new DataFolderApplication(settings: Settings(delaySeconds: 0), holdWrites: true);

        await host.Services.GetRequiredService<StoreCheckState>().Completion.WaitAsync(Limit);

        Assert.Equal("passed", host.Services.GetRequiredService<StoreCheckState>().State);
    }

    private static Dictionary<string, string> Settings(int delaySeconds) => new()
    {
        ["PolicyKB:IngestContentOnStart"] = "false",
        ["PolicyKB:BackgroundStartDelaySeconds"] = delaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
