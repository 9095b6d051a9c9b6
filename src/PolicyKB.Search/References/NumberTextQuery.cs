using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Search.References;

/// <summary>
/// The clauses that print a number the knowledge base knows neither as a document nor as a citation: old-style numbers
/// the citation rules do not read ("Nghị định 80-CP năm 1993", "89/CP"), found as written. The serial must stand
/// next to each code typed (one position apart, or stacked on a whole-number token), so "80-CP" matches "80-CP" and
/// "80/CP" but not an unrelated "80" and "CP" far apart.
/// </summary>
public static class NumberTextQuery
{
    /// <summary>The query for a reference with codes, or null when it has none to anchor the serial.</summary>
    public static Query? Build(NumberReference reference)
    {
        if (reference.Codes.Count == 0) return null;
        var query = new BooleanQuery(disableCoord: true);
        foreach (var code in reference.Codes)
        {
            var pair = new PhraseQuery { Slop = 1 };
            pair.Add(new Term(ClauseFields.Text, reference.Serial));
            pair.Add(new Term(ClauseFields.Text, code));
            query.Add(pair, Occur.MUST);
        }
        return query;
    }
}
