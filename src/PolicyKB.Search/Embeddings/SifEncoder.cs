namespace PolicyKB.Search.Embeddings;

/// <summary>
/// Smooth-inverse-frequency sentence vectors (Arora, Liang, Ma 2017, "A simple but tough-to-beat baseline for
/// sentence embeddings"): Σ a/(a + p(w)) · v(w) over the units of the text, minus its projection on the first
/// principal component of training sentences (the direction every sentence shares: function words, document
/// boilerplate), L2-normalised. Units are matched greedily, longest first, so "bảo hiểm y tế" is one unit when the
/// vocabulary has it. Thread-safe: all state is read-only.
/// </summary>
internal sealed class SifEncoder
{
    /// <summary>
    /// Weight of a token known only through its character n-grams (typos, rare names). Lower than any vocabulary
    /// weight of a rare word (≈ 1) because n-gram vectors are only a guess.
    /// </summary>
    public const float UnknownWeight = 0.5f;

    private const int AllReadings = -1;
    private const int NoReading = -2;

    private readonly UnitLookup _lookup;
    private readonly QuantizedVectors _units;
    private readonly QuantizedVectors _buckets;
    private readonly long[] _counts;
    private readonly double _total;
    private readonly float _a;
    private readonly float[] _weights;
    private readonly float[] _component;
    private readonly int _minN;
    private readonly int _maxN;

    /// <summary>Creates an encoder over a model's parts.</summary>
    public SifEncoder(UnitLookup lookup, QuantizedVectors units, QuantizedVectors buckets, long[] counts, float a, float[] component, int minN, int maxN)
    {
        _lookup = lookup;
        _units = units;
        _buckets = buckets;
        _counts = counts;
        _total = Math.Max(1.0, counts.Sum());
        _a = a;
        _component = component;
        _minN = minN;
        _maxN = maxN;
        _weights = counts.Select(c => Weight(c)).ToArray();
    }

    /// <summary>SIF weight of unit <paramref name="unit"/>.</summary>
    public float UnitWeight(int unit) => _weights[unit];

    /// <summary>Adds the SIF-weighted vector of every unit in <paramref name="text"/> to <paramref name="acc"/>; returns how many were added.</summary>
    public int Accumulate(string text, Span<float> acc) => Accumulate(text, acc, null);

    /// <summary>
    /// What <see cref="Accumulate(string, Span{float})"/> would add, split into the vocabulary units' weighted terms
    /// (<paramref name="terms"/>: the part a supervised stage can train) and the rest, added to <paramref name="fixedPart"/>
    /// (character n-gram vectors of unknown words). A fold group's members are listed with their share of the group's
    /// weight divided by the norm of their mean, so Σ weight · vector + fixed part equals the encoding's sum exactly.
    /// </summary>
    public int Collect(string text, List<UnitTerm> terms, Span<float> fixedPart) => Accumulate(text, fixedPart, terms);

    private int Accumulate(string text, Span<float> acc, List<UnitTerm>? terms)
    {
        var tokens = EmbeddingTokenizer.Tokenize(text);
        if (tokens.Count == 0) return 0;
        var folded = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) folded[i] = TextFolding.Fold(tokens[i].Text);
        Span<char> key = stackalloc char[(EmbeddingTokenizer.MaxTokenLength + 1) * Math.Max(1, _lookup.MaxSyllables)];
        var items = 0;
        var i0 = 0;
        while (i0 < tokens.Count)
        {
            var run = 1;
            while (run < _lookup.MaxSyllables && i0 + run < tokens.Count && tokens[i0 + run].Break == TokenBreak.None) run++;
            var matched = 0;
            for (var len = run; len >= 1 && matched == 0; len--)
            {
                var exact = _lookup.Exact(Join(tokens, i0, len, key, t => t.Text));
                if (exact >= 0)
                {
                    AddUnit(exact, _weights[exact], acc, terms);
                    matched = len;
                    break;
                }
                var group = _lookup.Folded(Join(folded, i0, len, key));
                if (group.Length == 0) continue;
                var reading = FoldedReading(tokens, folded, i0, len, group);
                if (reading == AllReadings) AddGroup(group, acc, terms);
                else if (reading >= 0) AddUnit(reading, _weights[reading], acc, terms);
                else continue;
                matched = len;
            }
            if (matched == 0)
            {
                if (!AddUnknown(tokens[i0].Text, acc)) { i0++; continue; }
                matched = 1;
            }
            items++;
            i0 += matched;
        }
        return items;
    }

    /// <summary>
    /// Which units of a fold group stand for what was written: <see cref="AllReadings"/>, one unit, or
    /// <see cref="NoReading"/>. Text typed without diacritics may mean any unit of the fold ("bao hiem" → "bảo hiểm").
    /// Text written with diacritics means what it says: a unit that differs in its marks is another word ("chuyển
    /// viện" is not "chuyên viên"), so a shorter exact match is tried instead. Only a unit of three or more syllables
    /// differing in one syllable's marks (a typo: "bảo hiễm y tế") is accepted, and a lone syllable with no exact unit
    /// still falls back to its whole fold group.
    /// </summary>
    private int FoldedReading(List<EmbeddingToken> tokens, string[] folded, int start, int length, ReadOnlySpan<int> group)
    {
        var accented = false;
        for (var k = start; k < start + length && !accented; k++) accented = !string.Equals(tokens[k].Text, folded[k], StringComparison.Ordinal);
        if (!accented || length == 1) return AllReadings;
        if (length < 3) return NoReading;
        foreach (var unit in group)
        {
            var syllables = _lookup.Text(unit).Split(' ');
            if (syllables.Length != length) continue;
            var differences = 0;
            for (var k = 0; k < length; k++) if (!string.Equals(syllables[k], tokens[start + k].Text, StringComparison.Ordinal)) differences++;
            if (differences <= 1) return unit;
        }
        return NoReading;
    }

    /// <summary>Adds the SIF-weighted vectors of a sequence of unit ids (training sentences, for the principal component).</summary>
    public int AccumulateUnits(ReadOnlySpan<int> units, Span<float> acc)
    {
        foreach (var u in units) _units.AddTo(u, _weights[u], acc);
        return units.Length;
    }

    /// <summary>Removes the common component and L2-normalises; a vector with nothing in it stays all zero.</summary>
    public void Finish(Span<float> vector)
    {
        if (VectorMath.Norm(vector) == 0f) return;
        var projection = VectorMath.Dot(vector, _component);
        VectorMath.AddScaled(vector, -projection, _component);
        VectorMath.Normalize(vector);
    }

    private float Weight(double count) => (float)(_a / (_a + count / _total));

    // A fold group stands for whichever accented unit was meant: average the members by how often each occurs.
    private void AddGroup(ReadOnlySpan<int> group, Span<float> acc, List<UnitTerm>? terms)
    {
        if (group.Length == 1)
        {
            AddUnit(group[0], _weights[group[0]], acc, terms);
            return;
        }
        double count = 0;
        foreach (var u in group) count += _counts[u];
        Span<float> mean = stackalloc float[acc.Length];
        foreach (var u in group) _units.AddTo(u, (float)(_counts[u] / count), mean);
        if (terms is not null)
        {
            var norm = VectorMath.Norm(mean);
            if (norm > 1e-12f && float.IsFinite(norm))
            {
                foreach (var u in group) terms.Add(new UnitTerm(u, (float)(Weight(count) * _counts[u] / count / norm)));
            }
            return;
        }
        VectorMath.Normalize(mean);
        VectorMath.AddScaled(acc, Weight(count), mean);
    }

    private void AddUnit(int unit, float weight, Span<float> acc, List<UnitTerm>? terms)
    {
        if (terms is null) _units.AddTo(unit, weight, acc);
        else terms.Add(new UnitTerm(unit, weight));
    }

    // Unknown numbers and dates carry no meaning the model could know; unknown words get their n-gram vector.
    private bool AddUnknown(string token, Span<float> acc)
    {
        if (!token.Any(char.IsLetter)) return false;
        var grams = new List<int>();
        CharNGrams.AppendBuckets(token, _minN, _maxN, _buckets.Count, grams);
        if (grams.Count == 0) return false;
        Span<float> mean = stackalloc float[acc.Length];
        foreach (var g in grams) _buckets.AddTo(g, 1f, mean);
        VectorMath.Normalize(mean);
        VectorMath.AddScaled(acc, UnknownWeight, mean);
        return true;
    }

    private static ReadOnlySpan<char> Join<T>(IReadOnlyList<T> items, int start, int count, Span<char> buffer, Func<T, string> text)
    {
        var length = 0;
        for (var k = 0; k < count; k++)
        {
            if (k > 0) buffer[length++] = ' ';
            var s = text(items[start + k]).AsSpan();
            s.CopyTo(buffer[length..]);
            length += s.Length;
        }
        return buffer[..length];
    }

    private static ReadOnlySpan<char> Join(string[] items, int start, int count, Span<char> buffer) =>
        Join(items, start, count, buffer, static s => s);
}
