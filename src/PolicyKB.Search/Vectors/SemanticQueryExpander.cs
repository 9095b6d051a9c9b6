using PolicyKB.Search.Keyword;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// Finds the related wording of a query, which embedding search blends into the query's vector
/// (<see cref="ISemanticIndex.SearchAsync(string, string, float, int, Func{VectorEntry, bool}, CancellationToken)"/>):
/// every expression of the query found in the related-terms thesaurus
/// (content/search/related-terms.tsv: "người già" ~ "người cao tuổi", "trạm xá" ~ "trạm y tế") or in the abbreviation
/// list ("BHYT" = "bảo hiểm y tế") brings the other expressions of its group along. A domain model trained on legal
/// text has seen the written forms far more often than the everyday ones people type, so the added expressions
/// carry the meaning the query's own words may not. Keyword search does not use the thesaurus: a keyword search
/// finds the words typed (and their abbreviations), and related wording is the semantic side's job.
/// </summary>
public sealed class SemanticQueryExpander
{
    /// <summary>Expansions added at most, so a long pasted paragraph is not drowned in its own synonyms.</summary>
    public const int MaxExpansions = 12;

    private readonly SynonymTable[] _tables;
    private readonly int _longest;

    /// <summary>Creates an expander over the thesaurus tables, the first one preferred where several match.</summary>
    public SemanticQueryExpander(params SynonymTable[] tables)
    {
        _tables = tables;
        _longest = tables.Select(t => t.LongestPhrase).DefaultIfEmpty(1).Max();
    }

    /// <summary>The related expressions of the query's words, joined by "; ", or null when there are none.</summary>
    public string? Related(string query)
    {
        var words = QueryTermsParser.Parse(query).Words;
        var added = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < words.Count && added.Count < MaxExpansions;)
        {
            var length = Math.Min(_longest, words.Count - start);
            var matched = 0;
            for (; length >= 1 && matched == 0; length--)
            {
                foreach (var table in _tables)
                {
                    var expansions = table.Expand(words, start, length);
                    if (expansions.Count == 0) continue;
                    foreach (var expansion in expansions)
                    {
                        var text = string.Join(' ', expansion);
                        if (added.Count < MaxExpansions && seen.Add(text)) added.Add(text);
                    }
                    matched = length;
                    break;
                }
            }
            start += Math.Max(1, matched);
        }
        return added.Count == 0 ? null : string.Join("; ", added);
    }
}
