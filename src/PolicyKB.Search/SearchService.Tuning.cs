using PolicyKB.Search.Fusion;

namespace PolicyKB.Search;

/// <summary>Tuning of search: the semantic floor and the fusion weights, each overridable by an environment variable for experiments.</summary>
public sealed partial class SearchService
{
    /// <summary>
    /// Least cosine similarity for a clause found by embeddings alone to be shown, as "Có thể liên quan". On the dev half
    /// of tests/eval/nothing-found-queries.jsonl the best similarity of off-topic and gibberish queries spread from 0.34 to
    /// 0.75, while the tenth hit of the paraphrase queries sat at 0.41–0.67: a floor cannot separate them, so it only
    /// drops the clearly unrelated (0.45); gibberish is kept out by requiring some query word to occur in the index,
    /// and the count stays honest because only keyword matches are counted. Overridable with POLICYKB_SEMANTIC_FLOOR.
    /// </summary>
    public float SemanticFloor { get; init; } =
        float.TryParse(Environment.GetEnvironmentVariable("POLICYKB_SEMANTIC_FLOOR"), System.Globalization.CultureInfo.InvariantCulture, out var f) ? f : 0.45f;

    /// <summary>
    /// Weight of the embedding list in hybrid fusion, relative to keyword's 1.0. Well below 1 because the domain model is
    /// a word-vector average: good at recall for paraphrases, weaker than BM25 at the top ranks, and weaker still on a
    /// reader's long everyday question (semantic alone MRR@10 0.20 on the dev everyday ↔ formal pairs, keyword 0.68).
    /// 0.25 was chosen on the dev half of tests/eval/seed-queries.jsonl and the dev split of the pairs, both never
    /// trained on (tests/eval/rerank.md): against 0.5, 0.1 and 1.0 it gave the best hybrid + rerank on both.
    /// Overridable with the environment variable POLICYKB_SEMANTIC_WEIGHT for experiments.
    /// </summary>
    public double SemanticWeight { get; init; } =
        double.TryParse(Environment.GetEnvironmentVariable("POLICYKB_SEMANTIC_WEIGHT"), System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : DefaultSemanticWeight;

    /// <summary>
    /// Queries up to this many words fuse the embedding list at <see cref="SemanticWeight"/>; longer ones at a weight
    /// shrinking with their length (<see cref="LongQueryWeight"/>); 0 keeps the weight for every length. On the dev
    /// split of the pairs (tests/eval/rerank.md) hybrid MRR@10 rose the lower the bound: 0.576 (no shrinking), 0.650
    /// (24 words), 0.682 (12), 0.702 (8); but from 8 words the shrinking also reaches typed paraphrases, whose recall
    /// lives on the embedding list (hybrid R@10 on the judged paraphrases 0.763 → 0.719 at 8, below the CI margin
    /// over keyword). 24 words, longer than any typed search in the judged sets, keeps it to questions told with a
    /// story. Overridable with POLICYKB_SEMANTIC_LONG_WORDS for experiments.
    /// </summary>
    public int SemanticFullWeightWords { get; init; } =
        int.TryParse(Environment.GetEnvironmentVariable("POLICYKB_SEMANTIC_LONG_WORDS"), out var n) ? n : DefaultSemanticFullWeightWords;

    /// <summary>
    /// Share of <see cref="SemanticWeight"/> the embedding list keeps for a query typed without diacritics
    /// (<see cref="UnaccentedQueryWeight"/>). Chosen on dev sets only (tests/eval/rerank.md, round 4): hybrid + rerank
    /// MRR@10 on the dev half of tests/eval/paraphrase-dev.jsonl 0.578 (1, as before), 0.598 (0.5), 0.607 (0.2),
    /// 0.631 (0), the seed dev half unchanged at 0.902. Overridable with POLICYKB_SEMANTIC_UNACCENTED for experiments.
    /// </summary>
    public double UnaccentedSemanticFactor { get; init; } =
        double.TryParse(Environment.GetEnvironmentVariable("POLICYKB_SEMANTIC_UNACCENTED"), System.Globalization.CultureInfo.InvariantCulture, out var u) ? u : DefaultUnaccentedSemanticFactor;

    /// <summary>Default of <see cref="UnaccentedSemanticFactor"/>.</summary>
    public const double DefaultUnaccentedSemanticFactor = 0;

    /// <summary>Default of <see cref="SemanticFullWeightWords"/>.</summary>
    public const int DefaultSemanticFullWeightWords = 24;

    /// <summary>Default of <see cref="SemanticWeight"/>.</summary>
    public const double DefaultSemanticWeight = 0.25;

    /// <summary>
    /// Weight of the related wording's vector blended into an embedding query's, the query's own counting 1 (0.3:
    /// semantic R@10 on the seed evaluation .726 → .743; 0.6 and 1.0 drown the query's own words). Overridable with
    /// POLICYKB_RELATED_WEIGHT for experiments.
    /// </summary>
    public float RelatedWeight { get; init; } =
        float.TryParse(Environment.GetEnvironmentVariable("POLICYKB_RELATED_WEIGHT"), System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : 0.3f;

    /// <summary>
    /// Weight, in hybrid fusion, of a third list: keyword search with the query's related wording added (as the
    /// abbreviations are), run only when the thesaurus knows one of the query's expressions. It lets a clause that
    /// uses the official word for what the query says in everyday words ("người cao tuổi" for "người già") rank by
    /// BM25 too. Overridable with POLICYKB_RELATED_LIST_WEIGHT for experiments.
    /// </summary>
    public double RelatedListWeight { get; init; } =
        double.TryParse(Environment.GetEnvironmentVariable("POLICYKB_RELATED_LIST_WEIGHT"), System.Globalization.CultureInfo.InvariantCulture, out var l) ? l : 0.5;
}
