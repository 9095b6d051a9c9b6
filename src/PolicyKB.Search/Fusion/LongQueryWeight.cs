namespace PolicyKB.Search.Fusion;

/// <summary>
/// The embedding list's fusion weight for a query of a given length. The domain embedding of a query is an average of
/// its word vectors: for a reader's question told with its story ("Chào bác sĩ, con tôi 5 tuổi …", often 50–150
/// words) that average is mostly greetings and circumstances, while BM25 still weighs each rare word on its own. So
/// beyond <c>fullWeightWords</c> words the weight shrinks in proportion to the length: <c>w · full / words</c>.
/// </summary>
public static class LongQueryWeight
{
    /// <summary>
    /// <paramref name="weight"/> for a query of <paramref name="words"/> words: unchanged up to
    /// <paramref name="fullWeightWords"/> (0: always unchanged), then scaled by <c>fullWeightWords / words</c>.
    /// </summary>
    public static double Of(double weight, int words, int fullWeightWords) =>
        fullWeightWords <= 0 || words <= fullWeightWords ? weight : weight * fullWeightWords / words;
}
