using PolicyKB.Search.Rerank;

namespace PolicyKB.Tests.Rerank;

/// <summary>The best-window proximity the reranker reads: query words held together count, scattered ones do not.</summary>
public sealed class RerankWindowsTests
{
    private static readonly string[] _query = ["ho", "dom", "tre"];

    private static List<string> Filler(int count) => Enumerable.Range(0, count).Select(i => $"w{i}").ToList();

    [Fact]
    public void Query_words_within_one_window_all_count()
    {
        var words = Filler(40).Concat(["tre", "bi", "ho", "co", "dom"]).Concat(Filler(40)).ToList();
        Assert.Equal(3, RerankWindows.BestWindow(words, _query));
    }

    [Fact]
    public void Query_words_further_apart_than_a_window_count_one_at_a_time()
    {
        var words = new List<string> { "ho" }.Concat(Filler(RerankWindows.Length)).Append("dom").Concat(Filler(RerankWindows.Length)).Append("tre").ToList();
        Assert.Equal(1, RerankWindows.BestWindow(words, _query));
    }

    [Fact]
    public void A_repeated_query_word_counts_once()
    {
        Assert.Equal(1, RerankWindows.BestWindow(["ho", "ho", "ho"], _query));
    }

    [Fact]
    public void An_empty_text_or_query_holds_nothing()
    {
        Assert.Equal(0, RerankWindows.BestWindow([], _query));
        Assert.Equal(0, RerankWindows.BestWindow(["ho"], []));
    }
}
