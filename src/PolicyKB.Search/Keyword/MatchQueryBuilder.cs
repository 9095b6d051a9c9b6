using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// The query that decides which clauses really match, for the count a user reads ("12 điều khoản phù hợp"), as
/// opposed to the ranking query (<see cref="KeywordQueryBuilder"/>), which lets one word of four pull a clause in.
/// Every word must occur (from five words on, <see cref="LongQueryShare"/> of them): a word typed with diacritics in
/// the form typed ("tĩnh" is not "tình"), a word typed without in any form; an abbreviation counts through its
/// expansion ("BHYT" ↔ "bảo hiểm y tế"), quoted phrases must appear, and from five words on half of the adjacent
/// word pairs must occur as pairs.
/// </summary>
public sealed class MatchQueryBuilder(SynonymTable synonyms)
{
    /// <summary>Share of the words a clause must hold for queries of five words or more (questions carry filler words).</summary>
    public const double LongQueryShare = 0.7;

    /// <summary>The query, or null when the terms are empty.</summary>
    public Query? Build(QueryTerms terms)
    {
        if (terms.IsEmpty) return null;
        var words = terms.Words;
        var groups = words.Select(Word).ToList();
        for (var start = 0; start < words.Count; start++)
        {
            for (var length = Math.Min(synonyms.LongestPhrase, words.Count - start); length >= 1; length--)
            {
                var expansions = synonyms.Expand(words, start, length);
                foreach (var expansion in expansions)
                {
                    var phrase = Phrase(expansion.Select(VietnameseNormalizer.Fold));
                    for (var i = start; i < start + length; i++) groups[i].Add(phrase, Occur.SHOULD);
                }
                if (expansions.Count > 0) break;
            }
        }
        var query = new BooleanQuery(disableCoord: true);
        // Every word of a short query is required: as MUST clauses Lucene leapfrogs from the rarest word's postings
        // (a conjunction) instead of keeping all of them in a minimum-should-match heap, and counts the same clauses.
        var occur = words.Count < 5 ? Occur.MUST : Occur.SHOULD;
        foreach (var group in groups) query.Add(group, occur);
        if (words.Count >= 5) query.MinimumNumberShouldMatch = (int)Math.Ceiling(words.Count * LongQueryShare);
        foreach (var phrase in terms.Phrases) query.Add(Phrase(phrase.Select(VietnameseNormalizer.Fold)), Occur.MUST);
        if (words.Count < 5) return query;
        // Vietnamese words are mostly two syllables: five syllables of a long query scattered over a long clause are no
        // match, so half of the query's adjacent pairs must also occur as pairs.
        var pairs = new BooleanQuery(disableCoord: true);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var pair = VietnameseNormalizer.Fold(words[i]) + VietnameseAnalyzer.ShingleSeparator + VietnameseNormalizer.Fold(words[i + 1]);
            pairs.Add(new TermQuery(new Term(ClauseFields.TextFoldedShingles, pair)), Occur.SHOULD);
        }
        pairs.MinimumNumberShouldMatch = (int)Math.Ceiling((words.Count - 1) / 2.0);
        return new BooleanQuery(disableCoord: true) { { query, Occur.MUST }, { pairs, Occur.MUST } };
    }

    private static BooleanQuery Word(string word)
    {
        var folded = VietnameseNormalizer.Fold(word);
        var form = string.Equals(folded, word, StringComparison.Ordinal) ? folded : word;
        return new BooleanQuery(disableCoord: true) { { new TermQuery(new Term(ClauseFields.Text, form)), Occur.SHOULD } };
    }

    private static PhraseQuery Phrase(IEnumerable<string> words)
    {
        var phrase = new PhraseQuery();
        foreach (var word in words) phrase.Add(new Term(ClauseFields.Text, word));
        return phrase;
    }
}
