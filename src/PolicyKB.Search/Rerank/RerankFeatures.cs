using PolicyKB.Search.Keyword;

namespace PolicyKB.Search.Rerank;

/// <summary>
/// The features the reranker reads for one (query, candidate clause) pair. Engine signals (keyword and semantic
/// ranks and scores, fused rank) are what first-stage retrieval knew; text signals are computed over the candidate
/// pool: BM25 per field with the pool's own statistics, query-word coverage folded, accent-exact and IDF-weighted,
/// bigram (shingle) coverage, thesaurus wording found (abbreviations count as the words they stand for), heading match, depth, length, document-number match and query
/// length. The order of <see cref="Names"/> is the model file's feature order: change both together.
/// </summary>
public static class RerankFeatures
{
    /// <summary>Feature names, in vector order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "keyword_reciprocal_rank", "keyword_score_relative", "semantic_reciprocal_rank", "semantic_cosine", "semantic_cosine_gap",
        "related_reciprocal_rank", "fused_reciprocal_rank", "fused_score_relative",
        "coverage_folded", "coverage_exact", "coverage_idf", "bigram_coverage", "heading_coverage",
        "bm25_text", "bm25_heading", "thesaurus_coverage", "depth", "log_length", "referenced_document",
        "query_words", "query_accented",
    ];

    /// <summary>Number of features.</summary>
    public static int Count => Names.Count;

    private const double K1 = 1.2, B = 0.75;

    /// <summary>
    /// The feature vectors of <paramref name="candidates"/> (ids, best fused first) for <paramref name="query"/>;
    /// a candidate missing from <paramref name="clauses"/> gets its engine signals and empty text.
    /// </summary>
    public static float[][] Compute(string query, RerankSignals signals, IReadOnlyList<string> candidates, IReadOnlyDictionary<string, IndexedClause> clauses)
    {
        var q = RerankText.Of(query, QueryTerms.MaxWords);
        // An abbreviation's words count as the query's own, as keyword search expands them ("BHYT" = "bảo hiểm y tế").
        var queryWords = q.Folded.Concat(signals.Abbreviations is null ? [] : RerankText.Of(signals.Abbreviations).Folded).Distinct(StringComparer.Ordinal).ToList();
        var queryBigrams = q.Bigrams();
        var related = signals.RelatedWording is null ? [] : RerankText.Of(signals.RelatedWording).Folded.Distinct(StringComparer.Ordinal)
            .Where(w => !queryWords.Contains(w)).ToList();
        var accented = q.Exact.Zip(q.Folded).Any(p => !string.Equals(p.First, p.Second, StringComparison.Ordinal));

        var texts = new RerankText[candidates.Count];
        var headings = new RerankText[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var clause = clauses.GetValueOrDefault(candidates[i]);
            texts[i] = RerankText.Of(clause?.Text ?? "");
            headings[i] = RerankText.Of(clause is null ? "" : clause.Heading + " " + string.Join(' ', clause.Path));
        }
        var textIdf = PoolIdf(queryWords, texts);
        var headingIdf = PoolIdf(queryWords, headings);
        var averageText = Math.Max(1.0, texts.Average(t => (double)t.Folded.Count));
        var averageHeading = Math.Max(1.0, headings.Average(t => (double)t.Folded.Count));

        var keyword = Ranks(signals.Keyword.Select(h => h.Id));
        var semantic = Ranks(signals.Semantic.Select(h => h.Id));
        var relatedRanks = Ranks(signals.Related);
        var fused = Ranks(signals.Fused.Select(h => h.Id));
        var keywordScores = signals.Keyword.GroupBy(h => h.Id).ToDictionary(g => g.Key, g => g.First().Score, StringComparer.Ordinal);
        var semanticScores = signals.Semantic.GroupBy(h => h.Id).ToDictionary(g => g.Key, g => g.First().Score, StringComparer.Ordinal);
        var fusedScores = signals.Fused.GroupBy(h => h.Id).ToDictionary(g => g.Key, g => g.First().Score, StringComparer.Ordinal);
        var topKeyword = signals.Keyword.Count > 0 ? Math.Max(1e-6f, signals.Keyword.Max(h => h.Score)) : 1f;
        var topSemantic = signals.Semantic.Count > 0 ? signals.Semantic.Max(h => h.Score) : 0f;
        var topFused = signals.Fused.Count > 0 ? Math.Max(1e-9, signals.Fused.Max(h => h.Score)) : 1.0;
        var totalIdf = queryWords.Sum(w => textIdf[w]);

        var vectors = new float[candidates.Count][];
        for (var i = 0; i < candidates.Count; i++)
        {
            var id = candidates[i];
            var text = texts[i];
            var heading = headings[i];
            var clause = clauses.GetValueOrDefault(id);
            var present = queryWords.Where(w => text.FoldedCounts.ContainsKey(w) || heading.FoldedCounts.ContainsKey(w)).ToList();
            var cosine = semanticScores.TryGetValue(id, out var s) ? s : 0f;
            vectors[i] =
            [
                Reciprocal(keyword, id),
                keywordScores.TryGetValue(id, out var k) ? k / topKeyword : 0f,
                Reciprocal(semantic, id),
                cosine,
                semanticScores.ContainsKey(id) ? topSemantic - cosine : 1f,
                Reciprocal(relatedRanks, id),
                Reciprocal(fused, id),
                fusedScores.TryGetValue(id, out var f) ? (float)(f / topFused) : 0f,
                Fraction(present.Count, queryWords.Count),
                Fraction(q.ExactSet.Count(w => text.ExactSet.Contains(w) || heading.ExactSet.Contains(w)), q.ExactSet.Count),
                totalIdf > 0 ? (float)(present.Sum(w => textIdf[w]) / totalIdf) : 0f,
                Fraction(BigramsFound(queryBigrams, text, heading), queryBigrams.Count),
                Fraction(queryWords.Count(heading.FoldedCounts.ContainsKey), queryWords.Count),
                (float)Bm25(queryWords, text, textIdf, averageText),
                (float)Bm25(queryWords, heading, headingIdf, averageHeading),
                Fraction(related.Count(w => text.FoldedCounts.ContainsKey(w)), related.Count),
                clause?.Path.Count ?? 0,
                (float)Math.Log(1 + text.Folded.Count),
                signals.Referenced.Contains(id) ? 1f : 0f,
                queryWords.Count,
                accented ? 1f : 0f,
            ];
        }
        return vectors;
    }

    private static Dictionary<string, int> Ranks(IEnumerable<string> ids)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) ranks.TryAdd(id, ranks.Count + 1);
        return ranks;
    }

    private static float Reciprocal(Dictionary<string, int> ranks, string id) => ranks.TryGetValue(id, out var r) ? 1f / r : 0f;

    private static int BigramsFound(HashSet<(string, string)> pairs, RerankText text, RerankText heading)
    {
        var found = new HashSet<(string, string)>();
        text.FindBigrams(pairs, found);
        heading.FindBigrams(pairs, found);
        return found.Count;
    }

    private static float Fraction(int part, int whole) => whole == 0 ? 0f : (float)part / whole;

    /// <summary>Okapi IDF of each query word within the candidate pool (the pool stands in for the collection).</summary>
    private static Dictionary<string, double> PoolIdf(List<string> words, RerankText[] pool)
    {
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var df = pool.Count(t => t.FoldedCounts.ContainsKey(word));
            idf[word] = Math.Log(1 + (pool.Length - df + 0.5) / (df + 0.5));
        }
        return idf;
    }

    private static double Bm25(List<string> words, RerankText field, Dictionary<string, double> idf, double averageLength)
    {
        var score = 0.0;
        foreach (var word in words)
        {
            if (!field.FoldedCounts.TryGetValue(word, out var tf)) continue;
            score += idf[word] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * field.Folded.Count / averageLength));
        }
        return score;
    }
}
