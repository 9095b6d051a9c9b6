using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Builds the Lucene query for a user's words. Every word matches its folded form in <c>text</c>; a word typed with
/// diacritics matches its exact form above all, its folded form (other marks, typos) at half weight. Consecutive words match as
/// two-syllable units (shingles), headings weigh more than body text, quoted phrases must appear, and
/// abbreviations expand through the <see cref="SynonymTable"/> ("BHYT" ↔ "bảo hiểm y tế").
/// </summary>
public sealed class KeywordQueryBuilder
{
    /// <summary>
    /// Extra weight of a heading word. A clause's text starts with its heading, so a heading word already counts once
    /// through the text field; 0.5 more makes it weigh 1.5 times a body word. (2 made it 3 times, and generic section
    /// titles such as "Nhiệm vụ, giải pháp" then outranked the clause that answers: seed evaluation MRR@10 keyword
    /// .586 → .669, hybrid .659 → .687 over 118 queries.)
    /// </summary>
    private const float HeadingBoost = 0.5f;
    private const float ExactBoost = 1.1f;
    private const float ShingleBoost = 1.5f;
    private const float TitleBoost = 0.3f;
    private const float SynonymBoost = 0.8f;

    /// <summary>
    /// Weight of the folded form of a word typed with diacritics. Whoever types "cá" means "cá", not "cả" or "ca": the
    /// folded form only catches typos and unaccented text, so for an accented word it counts half and the exact form
    /// carries the weight (<see cref="ExactBoost"/>). Unaccented words match their folded form at full weight.
    /// (From 1 / 0.6: paraphrase MRR@10 over the 45 held-out queries, hybrid .408 → .432, keyword .387 → .391.)
    /// </summary>
    private const float AccentedFoldedWeight = 0.5f;

    private readonly SynonymTable _synonyms;

    /// <summary>Creates a builder using <paramref name="synonyms"/>.</summary>
    public KeywordQueryBuilder(SynonymTable synonyms) => _synonyms = synonyms;

    /// <summary>The query, or null when the terms are empty.</summary>
    public Query? Build(QueryTerms terms)
    {
        if (terms.IsEmpty) return null;
        var words = terms.Words;
        var groups = new CommonWordsQuery();
        for (var i = 0; i < words.Count; i++)
        {
            AddWord(groups, words[i]);
            if (i + 1 < words.Count) AddPair(groups, words[i], words[i + 1]);
        }
        AddSynonyms(groups, words);
        if (terms.Phrases.Count == 0)
        {
            // Long questions: ask that a fair share of the words match, so one common word does not pull in everything.
            if (words.Count >= 4) groups.MinimumShouldMatch = Math.Max(1, words.Count / 4);
            return groups;
        }
        var query = new BooleanQuery(disableCoord: true) { { groups, Occur.SHOULD } };
        foreach (var phrase in terms.Phrases)
        {
            query.Add(Phrase(ClauseFields.Text, phrase.Select(VietnameseNormalizer.Fold), 2f), Occur.MUST);
        }
        return query;
    }

    private static void AddWord(CommonWordsQuery query, string word)
    {
        var folded = VietnameseNormalizer.Fold(word);
        var accented = !string.Equals(folded, word, StringComparison.Ordinal);
        var f = accented ? AccentedFoldedWeight : 1f;
        var inner = new BooleanQuery(disableCoord: true);
        inner.Add(Term(ClauseFields.Text, folded, f), Occur.SHOULD);
        inner.Add(Term(ClauseFields.Heading, folded, f * HeadingBoost), Occur.SHOULD);
        inner.Add(DocumentTitleQuery.For(folded, f * TitleBoost), Occur.SHOULD);
        if (accented)
        {
            inner.Add(Term(ClauseFields.Text, word, ExactBoost), Occur.SHOULD);
            inner.Add(Term(ClauseFields.Heading, word, ExactBoost * HeadingBoost), Occur.SHOULD);
        }
        query.Add(inner, new Term(ClauseFields.Text, folded));
    }

    private static void AddPair(CommonWordsQuery query, string first, string second)
    {
        var folded = VietnameseNormalizer.Fold(first) + VietnameseAnalyzer.ShingleSeparator + VietnameseNormalizer.Fold(second);
        var exact = first + VietnameseAnalyzer.ShingleSeparator + second;
        var inner = new BooleanQuery(disableCoord: true);
        var accented = !string.Equals(folded, exact, StringComparison.Ordinal);
        var f = accented ? AccentedFoldedWeight : 1f;
        inner.Add(Term(ClauseFields.TextFoldedShingles, folded, f * ShingleBoost), Occur.SHOULD);
        inner.Add(Term(ClauseFields.HeadingFoldedShingles, folded, f * ShingleBoost * HeadingBoost), Occur.SHOULD);
        if (accented)
        {
            inner.Add(Term(ClauseFields.TextShingles, exact, ShingleBoost * ExactBoost), Occur.SHOULD);
        }
        query.Add(inner, new Term(ClauseFields.TextFoldedShingles, folded));
    }

    private void AddSynonyms(CommonWordsQuery query, IReadOnlyList<string> words)
    {
        for (var start = 0; start < words.Count; start++)
        {
            for (var length = Math.Min(_synonyms.LongestPhrase, words.Count - start); length >= 1; length--)
            {
                var expansions = _synonyms.Expand(words, start, length);
                foreach (var expansion in expansions)
                {
                    var folded = expansion.Select(VietnameseNormalizer.Fold).ToList();
                    var group = folded.Count == 1 ? Term(ClauseFields.Text, folded[0], SynonymBoost) : (Query)Phrase(ClauseFields.Text, folded, SynonymBoost);
                    // A phrase is as rare as its rarest word pair; its first pair stands for it.
                    var key = folded.Count == 1 ? new Term(ClauseFields.Text, folded[0])
                        : new Term(ClauseFields.TextFoldedShingles, folded[0] + VietnameseAnalyzer.ShingleSeparator + folded[1]);
                    query.Add(group, key);
                }
                if (expansions.Count > 0) break;
            }
        }
    }

    private static TermQuery Term(string field, string text, float boost) => new(new Term(field, text)) { Boost = boost };

    private static PhraseQuery Phrase(string field, IEnumerable<string> words, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in words) phrase.Add(new Term(field, word));
        return phrase;
    }
}
