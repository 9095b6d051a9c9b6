using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyKB.Search.Translation;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// The keyword query widened with the query's translation into formal wording (<see cref="TranslationTable.Expand"/>):
/// the user's own query as it is, and each translated word as an optional term of the folded two-syllable field,
/// weighted by its probability, the best at <c>wordBoost</c>. A clause holding only the formal words can then be found.
/// </summary>
public static class TranslatedQueryBuilder
{
    /// <summary>
    /// The widened query (the translated words alone when <paramref name="query"/> is null), or null when there is no
    /// translated word.
    /// </summary>
    public static Query? Build(Query? query, IReadOnlyList<(string Word, double Probability)> translation, double wordBoost)
    {
        if (translation.Count == 0) return null;
        var best = translation.Max(t => t.Probability);
        var wide = new BooleanQuery(disableCoord: true);
        if (query is not null) wide.Add(query, Occur.SHOULD);
        foreach (var (word, p) in translation)
        {
            var term = new TermQuery(new Term(ClauseFields.TextFoldedShingles, TranslationUnits.Term(word))) { Boost = (float)(wordBoost * p / best) };
            wide.Add(term, Occur.SHOULD);
        }
        return wide;
    }
}
