using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// BM25 (k1 = 1.2, b = 0.75) exactly as Lucene's <see cref="BM25Similarity"/> scores, for searching. Lucene's version
/// builds, for every term of every query, a 256-entry table of length normalisations (1 KB) and an explanation string
/// of the idf; both depend only on the field's average length, so the table is shared by every term of the field
/// and the explanation is only written when a score is explained. Norms are written by <see cref="BM25Similarity"/>
/// (<see cref="ComputeNorm"/> is its own), so an index reads the same either way.
/// </summary>
public sealed class SearchSimilarity : Similarity
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    /// <summary>Tables kept at most (one per field and index state; an index refreshed often makes new averages).</summary>
    private const int KeptTables = 256;

    private static readonly float[] NormTable = BuildNormTable();

    private readonly BM25Similarity _bm25 = new(K1, B);
    private readonly ConcurrentDictionary<float, float[]> _tables = new();

    /// <inheritdoc />
    public override long ComputeNorm(FieldInvertState state) => _bm25.ComputeNorm(state);

    /// <inheritdoc />
    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        var max = collectionStats.MaxDoc;
        // As BM25Similarity: one term's idf, or the sum of a phrase's terms' idfs, in single precision.
        var idf = 0f;
        foreach (var stats in termStats) idf += Idf(stats.DocFreq, max);
        var averageLength = collectionStats.SumTotalTermFreq <= 0 ? 1f : (float)(collectionStats.SumTotalTermFreq / (double)collectionStats.MaxDoc);
        return new Weight(collectionStats.Field, termStats, max, idf, queryBoost, averageLength, Table(averageLength));
    }

    /// <inheritdoc />
    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Weight)weight;
        return new DocScorer(stats, context.AtomicReader.GetNormValues(stats.Field));
    }

    /// <inheritdoc />
    public override string ToString() => "BM25(k1=" + K1 + ",b=" + B + ")";

    private static float Idf(long docFreq, long documents) => (float)Math.Log(1 + (documents - docFreq + 0.5D) / (docFreq + 0.5D));

    private float[] Table(float averageLength)
    {
        if (_tables.TryGetValue(averageLength, out var table)) return table;
        if (_tables.Count >= KeptTables) _tables.Clear();
        table = new float[256];
        for (var i = 0; i < table.Length; i++) table[i] = K1 * ((1 - B) + B * NormTable[i] / averageLength);
        return _tables.GetOrAdd(averageLength, table);
    }

    private static float[] BuildNormTable()
    {
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            var f = SmallSingle.SByte315ToSingle((sbyte)i);
            table[i] = 1.0f / (f * f);
        }
        return table;
    }

    private sealed class Weight(string fieldName, TermStatistics[] terms, long documents, float idf, float queryBoost, float averageLength, float[] table) : SimWeight
    {
        public string Field => fieldName;

        public float[] Table => table;

        public float AverageLength => averageLength;

        public float QueryBoost => queryBoost;

        public float Idf => idf;

        public float TopLevelBoost { get; private set; }

        /// <summary>idf × boost, as BM25Similarity's statistics hold it.</summary>
        public float Value { get; private set; }

        public override float GetValueForNormalization()
        {
            var queryWeight = idf * queryBoost;
            return queryWeight * queryWeight;
        }

        public override void Normalize(float queryNorm, float topLevelBoost)
        {
            // BM25 ignores the query norm and keeps the top-level boost.
            TopLevelBoost = topLevelBoost;
            Value = idf * queryBoost * topLevelBoost;
        }

        public Explanation ExplainIdf()
        {
            if (terms.Length == 1) return new Explanation(idf, $"idf(docFreq={terms[0].DocFreq}, maxDocs={documents})");
            var explanation = new Explanation(idf, "idf(), sum of:");
            foreach (var term in terms) explanation.AddDetail(new Explanation(SearchSimilarity.Idf(term.DocFreq, documents), $"idf(docFreq={term.DocFreq}, maxDocs={documents})"));
            return explanation;
        }
    }

    private sealed class DocScorer(Weight stats, NumericDocValues? norms) : SimScorer
    {
        private readonly float _weightValue = stats.Value * (K1 + 1);
        private readonly float[] _table = stats.Table;

        public override float Score(int doc, float freq)
        {
            // Without norms, as if b = 0.
            var norm = norms is null ? K1 : _table[(sbyte)norms.Get(doc) & 0xFF];
            return _weightValue * freq / (freq + norm);
        }

        public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;

        public override Explanation Explain(int doc, Explanation freq)
        {
            var result = new Explanation { Description = $"score(doc={doc},freq={freq}), product of:" };
            var boost = new Explanation(stats.QueryBoost * stats.TopLevelBoost, "boost");
            if (boost.Value != 1.0f) result.AddDetail(boost);
            var idf = stats.ExplainIdf();
            result.AddDetail(idf);
            var tfNorm = new Explanation { Description = "tfNorm, computed from:" };
            tfNorm.AddDetail(freq);
            tfNorm.AddDetail(new Explanation(K1, "parameter k1"));
            if (norms is null)
            {
                tfNorm.AddDetail(new Explanation(0, "parameter b (norms omitted for field)"));
                tfNorm.Value = freq.Value * (K1 + 1) / (freq.Value + K1);
            }
            else
            {
                var length = NormTable[(byte)norms.Get(doc)];
                tfNorm.AddDetail(new Explanation(B, "parameter b"));
                tfNorm.AddDetail(new Explanation(stats.AverageLength, "avgFieldLength"));
                tfNorm.AddDetail(new Explanation(length, "fieldLength"));
                tfNorm.Value = freq.Value * (K1 + 1) / (freq.Value + K1 * (1 - B + B * length / stats.AverageLength));
            }
            result.AddDetail(tfNorm);
            result.Value = boost.Value * idf.Value * tfNorm.Value;
            return result;
        }
    }
}
