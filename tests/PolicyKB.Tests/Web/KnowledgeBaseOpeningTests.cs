using Microsoft.Extensions.DependencyInjection;
using PolicyKB.Search;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Tests.Web;

/// <summary>The web host opens the knowledge base on a thread of its own from the moment it is built, and starts only on an open one.</summary>
public sealed class KnowledgeBaseOpeningTests
{
    [Fact]
    public async Task Begin_returns_while_the_knowledge_base_is_still_opening_and_start_waits_for_the_open()
    {
        using var release = new ManualResetEventSlim();
        using var services = new ServiceCollection()
            .AddSingleton<KnowledgeBase>(_ =>
            {
                release.Wait(TimeSpan.FromMinutes(1));
                throw new InvalidOperationException("kho hỏng");
            })
            .BuildServiceProvider();
        var opening = new KnowledgeBaseOpening(services);

        opening.Begin();
        var start = opening.StartAsync(CancellationToken.None);

        Assert.False(opening.Opened.IsCompleted);
        Assert.False(start.IsCompleted);
        release.Set();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => start);
        Assert.Equal("kho hỏng", error.Message);
    }

    [Fact]
    public async Task A_second_begin_does_not_open_the_knowledge_base_again()
    {
        var opens = 0;
        using var services = new ServiceCollection()
            .AddSingleton<KnowledgeBase>(_ =>
            {
                Interlocked.Increment(ref opens);
                throw new InvalidOperationException("kho hỏng");
            })
            .BuildServiceProvider();
        var opening = new KnowledgeBaseOpening(services);

        opening.Begin();
        await opening.StartingAsync(CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => opening.StartAsync(CancellationToken.None));

        Assert.Equal(1, opens);
    }
}
