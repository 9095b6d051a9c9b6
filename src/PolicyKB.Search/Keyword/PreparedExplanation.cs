using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// The explanation of a prepared query's score, as Lucene's term and phrase weights write it: the similarity's own
/// explanation of the document's frequency, under "weight(query in doc)".
/// </summary>
internal static class PreparedExplanation
{
    /// <summary>Explains <paramref name="doc"/>'s score by <paramref name="weight"/>; <paramref name="frequencyLabel"/> names the frequency ("termFreq", "phraseFreq").</summary>
    public static Explanation Explain(Weight weight, Similarity similarity, Similarity.SimWeight stats, AtomicReaderContext context, int doc, string frequencyLabel)
    {
        if (weight.GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
        {
            var freq = scorer.Freq;
            var score = similarity.GetSimScorer(stats, context).Explain(doc, new Explanation(freq, frequencyLabel + "=" + freq));
            var result = new ComplexExplanation(true, score.Value, $"weight({weight.Query} in {doc}) [{similarity.GetType().Name}], result of:");
            result.AddDetail(score);
            return result;
        }
        return new ComplexExplanation(false, 0f, "no matching term");
    }
}
