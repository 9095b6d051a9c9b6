namespace PolicyKB.Search.Translation;

/// <summary>
/// IBM Model 1 (Brown et al. 1993), as Berger and Lafferty (1999) use it for retrieval: the probability t(f | e) that
/// a word e of the query side (an everyday question, a heading) is said as the word f on the passage side (the formal
/// question, the clause under the heading), learnt by expectation–maximisation over aligned pairs with a NULL word on
/// the query side for passage words nothing translates. Words are <see cref="TranslationUnits"/>; each side is taken
/// as a set, so a word repeated in a long clause does not outweigh the rest. Deterministic: the same pairs in the same
/// order give the same table.
/// </summary>
public sealed class TranslationTrainer
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<(int[] Source, int[] Target, float Weight)> _pairs = [];

    /// <summary>Passage words taken from each pair, at most (the first ones: a clause says what it is about first).</summary>
    public int MaxTargetWords { get; init; } = 48;

    /// <summary>
    /// The units that are words (e.g. the embedding model's two-syllable phrase units, folded); null: every unit. Two
    /// syllables across a word boundary ("việc ở") are not a word and only add noise to the table.
    /// </summary>
    public IReadOnlySet<string>? Words { get; init; }

    /// <summary>Pairs added so far.</summary>
    public int Count => _pairs.Count;

    /// <summary>Adds a pair; <paramref name="weight"/> counts it that many times (e.g. everyday questions above headings).</summary>
    public void Add(string query, string passage, float weight = 1f)
    {
        var source = Ids(TranslationUnits.Of(query).Where(IsWord));
        var target = Ids(TranslationUnits.Of(passage).Where(IsWord).Distinct(StringComparer.Ordinal).Take(MaxTargetWords));
        if (source.Length == 0 || target.Length == 0 || weight <= 0) return;
        _pairs.Add((source, target, weight));
    }

    /// <summary>
    /// Runs <paramref name="iterations"/> EM iterations from uniform t and returns the pruned table: for each query
    /// word seen in at least <see cref="TranslationPruning.MinSourcePairs"/> pairs, its other passage words of
    /// probability at least <see cref="TranslationPruning.MinProbability"/>, at most <see cref="TranslationPruning.MaxTargets"/>,
    /// leaving out passage words that occur in more than <see cref="TranslationPruning.MaxTargetShare"/> of the passages.
    /// </summary>
    public TranslationTable Train(int iterations, TranslationPruning pruning, Action<int, double>? progress = null)
    {
        // Every (query word, passage word) pair that co-occurs gets one slot; each pair of sentences lists its slots.
        var slotOf = new Dictionary<long, int>();
        var slotSource = new List<int>();
        var slots = new int[_pairs.Count][];
        for (var p = 0; p < _pairs.Count; p++)
        {
            var (source, target, _) = _pairs[p];
            var list = new int[source.Length * target.Length];
            var k = 0;
            foreach (var f in target)
            {
                foreach (var e in source)
                {
                    var key = ((long)e << 32) | (uint)f;
                    if (!slotOf.TryGetValue(key, out var slot))
                    {
                        slot = slotOf.Count;
                        slotOf[key] = slot;
                        slotSource.Add(e);
                    }
                    list[k++] = slot;
                }
            }
            slots[p] = list;
        }
        // Uniform start: every passage word equally likely whatever the query word (Model 1's likelihood has one maximum).
        var t = new double[slotOf.Count];
        Array.Fill(t, 1.0 / _words.Count);
        var tNull = new double[_words.Count];
        Array.Fill(tNull, 1.0 / _words.Count);
        var count = new double[t.Length];
        var countNull = new double[_words.Count];
        var total = new double[_words.Count];
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            Array.Clear(count);
            Array.Clear(countNull);
            var logLikelihood = 0.0;
            for (var p = 0; p < _pairs.Count; p++)
            {
                var (source, target, weight) = _pairs[p];
                var list = slots[p];
                for (var j = 0; j < target.Length; j++)
                {
                    var row = j * source.Length;
                    var sum = tNull[target[j]];
                    for (var i = 0; i < source.Length; i++) sum += t[list[row + i]];
                    logLikelihood += weight * Math.Log(sum / (source.Length + 1));
                    var scale = weight / sum;
                    countNull[target[j]] += tNull[target[j]] * scale;
                    for (var i = 0; i < source.Length; i++) count[list[row + i]] += t[list[row + i]] * scale;
                }
            }
            // M step: t(f | e) = count(e, f) / Σ_f' count(e, f').
            Array.Clear(total);
            for (var s = 0; s < count.Length; s++) total[slotSource[s]] += count[s];
            for (var s = 0; s < count.Length; s++) t[s] = count[s] / total[slotSource[s]];
            var nullTotal = countNull.Sum();
            for (var f = 0; f < tNull.Length; f++) tNull[f] = countNull[f] / nullTotal;
            progress?.Invoke(iteration, logLikelihood);
        }
        return Prune(slotOf, t, pruning);
    }

    private TranslationTable Prune(Dictionary<long, int> slotOf, double[] t, TranslationPruning pruning)
    {
        var sourcePairs = new int[_words.Count];
        var targetPairs = new int[_words.Count];
        foreach (var (source, target, _) in _pairs)
        {
            foreach (var e in source.Distinct()) sourcePairs[e]++;
            foreach (var f in target) targetPairs[f]++;
        }
        var maxTarget = pruning.MaxTargetShare * _pairs.Count;
        var entries = new Dictionary<string, List<(string, double)>>(StringComparer.Ordinal);
        foreach (var (key, slot) in slotOf)
        {
            var e = (int)(key >> 32);
            var f = (int)(key & 0xFFFFFFFF);
            if (e == f || t[slot] < pruning.MinProbability || sourcePairs[e] < pruning.MinSourcePairs || targetPairs[f] > maxTarget) continue;
            if (!entries.TryGetValue(_words[e], out var list)) entries[_words[e]] = list = [];
            list.Add((_words[f], t[slot]));
        }
        return new TranslationTable(entries.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<(string, double)>)p.Value.OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal).Take(pruning.MaxTargets).ToList(),
            StringComparer.Ordinal));
    }

    private bool IsWord(string unit) => Words is null || Words.Contains(unit);

    private int[] Ids(IEnumerable<string> words)
    {
        var ids = new List<int>();
        foreach (var word in words)
        {
            if (!_ids.TryGetValue(word, out var id))
            {
                id = _words.Count;
                _ids[word] = id;
                _words.Add(word);
            }
            if (!ids.Contains(id)) ids.Add(id);
        }
        return ids.ToArray();
    }
}
