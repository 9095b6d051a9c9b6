namespace PolicyKB.Search.Embeddings.Tuning;

/// <summary>
/// The unit vectors under tuning and one InfoNCE step over a batch. For a text, s = fixed + Σ wᵢ·uᵢ,
/// r = s − (s·c)c, e = r/|r|; the gradient of the loss reaches each unit through
/// ∂e/∂s = (I − ccᵀ)(I − eeᵀ)/|r| (c and e unit length), times the unit's weight. With a query map W (learnt
/// jointly), a query's vector is q = We/|We|, and the gradient reaches e through Wᵀ(I − qqᵀ)/|We|.
/// </summary>
internal sealed class TuningState
{
    private readonly int _dims;
    private readonly float[] _vectors;
    private readonly float[] _original;
    private readonly float[] _component;
    private readonly float _inverseTemperature;
    private readonly float _anchor;
    private readonly Dictionary<int, float[]> _gradients = [];
    private readonly float[]? _map;
    private readonly float[]? _mapGradient;
    private readonly float _mapAnchor;

    public TuningState(DomainEmbeddingModel model, ContrastiveOptions options)
    {
        _dims = model.Dimensions;
        _vectors = model.UnitVectorsAsFloats();
        _original = (float[])_vectors.Clone();
        _component = model.SentenceComponent.ToArray();
        _inverseTemperature = (float)(1.0 / options.Temperature);
        _anchor = (float)options.Anchor;
        if (options.LearnQueryMap)
        {
            _map = new float[_dims * _dims];
            for (var k = 0; k < _dims; k++) _map[k * _dims + k] = 1f;
            _mapGradient = new float[_dims * _dims];
            _mapAnchor = (float)options.QueryMapAnchor;
        }
    }

    /// <summary>The query map learnt alongside the unit vectors, or null when none is learnt.</summary>
    public float[]? QueryMap => _map;

    /// <summary>One SGD step on <paramref name="batch"/>; returns its mean loss and how many queries ranked their own passage first.</summary>
    public (double Loss, int Correct) Step(IReadOnlyList<(EncodedText Query, EncodedText Passage)> batch, float rate)
    {
        var n = batch.Count;
        var queries = new Sentence[n];
        var mappedQueries = new Sentence[n];
        var passages = new Sentence[n];
        for (var i = 0; i < n; i++)
        {
            queries[i] = Forward(batch[i].Query);
            mappedQueries[i] = Map(queries[i]);
            passages[i] = Forward(batch[i].Passage);
        }
        var logits = new double[n, n];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < n; j++)
            logits[i, j] = VectorMath.Dot(mappedQueries[i].Vector, passages[j].Vector) * _inverseTemperature;

        // Symmetric loss: each query picks its passage among the batch's passages, and each passage its query.
        var (loss, correct, coefficient) = InfoNce.Evaluate(logits);

        _gradients.Clear();
        if (_mapGradient is not null) Array.Clear(_mapGradient);
        var gradient = new float[_dims];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(gradient);
            for (var j = 0; j < n; j++) VectorMath.AddScaled(gradient, coefficient[i, j] * _inverseTemperature, passages[j].Vector);
            Backward(batch[i].Query, queries[i], MapBackward(queries[i], mappedQueries[i], gradient));
            Array.Clear(gradient);
            for (var j = 0; j < n; j++) VectorMath.AddScaled(gradient, coefficient[j, i] * _inverseTemperature, mappedQueries[j].Vector);
            Backward(batch[i].Passage, passages[i], gradient);
        }
        foreach (var (unit, g) in _gradients) Apply(unit, g, rate);
        if (_map is not null && _mapGradient is not null)
        {
            for (var k = 0; k < _map.Length; k++)
            {
                _map[k] -= rate * (_mapGradient[k] + _mapAnchor * (_map[k] - (k / _dims == k % _dims ? 1f : 0f)));
            }
        }
        return (loss, correct);
    }

    /// <summary>The tuned vectors, quantised as the model file stores them.</summary>
    public QuantizedVectors Quantize() => QuantizedVectors.Quantize(_vectors, _vectors.Length / _dims, _dims);

    private Sentence Forward(EncodedText text)
    {
        var sum = (float[])text.FixedPart.Clone();
        for (var k = 0; k < text.Units.Length; k++) VectorMath.AddScaled(sum, text.Weights[k], Row(_vectors, text.Units[k]));
        VectorMath.AddScaled(sum, -VectorMath.Dot(sum, _component), _component);
        var norm = VectorMath.Norm(sum);
        if (!(norm > 1e-12f) || !float.IsFinite(norm)) return new Sentence(new float[_dims], 0f);
        VectorMath.Scale(sum, 1f / norm);
        return new Sentence(sum, norm);
    }

    // q = We/|We|: the query's vector as compared with passages (e itself without a map).
    private Sentence Map(Sentence sentence)
    {
        if (_map is null || sentence.Norm == 0f) return sentence;
        var mapped = new float[_dims];
        for (var r = 0; r < _dims; r++) mapped[r] = VectorMath.Dot(_map.AsSpan(r * _dims, _dims), sentence.Vector);
        var norm = VectorMath.Norm(mapped);
        if (!(norm > 1e-12f) || !float.IsFinite(norm)) return new Sentence(new float[_dims], 0f);
        VectorMath.Scale(mapped, 1f / norm);
        return new Sentence(mapped, norm);
    }

    // dL/d(We) = (g − (g·q)q)/|We|; adds its outer product with e to the map's gradient and returns dL/de = Wᵀ dL/d(We).
    private float[] MapBackward(Sentence sentence, Sentence mapped, float[] gradient)
    {
        if (_map is null || _mapGradient is null || mapped.Norm == 0f) return gradient;
        var dm = (float[])gradient.Clone();
        VectorMath.AddScaled(dm, -VectorMath.Dot(dm, mapped.Vector), mapped.Vector);
        VectorMath.Scale(dm, 1f / mapped.Norm);
        var de = new float[_dims];
        for (var r = 0; r < _dims; r++)
        {
            if (dm[r] == 0f) continue;
            VectorMath.AddScaled(_mapGradient.AsSpan(r * _dims, _dims), dm[r], sentence.Vector);
            VectorMath.AddScaled(de, dm[r], _map.AsSpan(r * _dims, _dims));
        }
        return de;
    }

    // dL/ds = (I − ccᵀ)(g − (g·e)e)/|r|, then dL/du = w · dL/ds for each of the text's units.
    private void Backward(EncodedText text, Sentence sentence, float[] gradient)
    {
        if (sentence.Norm == 0f) return;
        var ds = (float[])gradient.Clone();
        VectorMath.AddScaled(ds, -VectorMath.Dot(ds, sentence.Vector), sentence.Vector);
        VectorMath.AddScaled(ds, -VectorMath.Dot(ds, _component), _component);
        VectorMath.Scale(ds, 1f / sentence.Norm);
        for (var k = 0; k < text.Units.Length; k++)
        {
            if (!_gradients.TryGetValue(text.Units[k], out var g)) _gradients.Add(text.Units[k], g = new float[_dims]);
            VectorMath.AddScaled(g, text.Weights[k], ds);
        }
    }

    private void Apply(int unit, float[] gradient, float rate)
    {
        var row = Row(_vectors, unit);
        var original = Row(_original, unit);
        VectorMath.AddScaled(row, -rate, gradient);
        for (var k = 0; k < _dims; k++) row[k] -= rate * _anchor * (row[k] - original[k]);
        VectorMath.Normalize(row);
    }

    private Span<float> Row(float[] rows, int unit) => rows.AsSpan(unit * _dims, _dims);

    private readonly record struct Sentence(float[] Vector, float Norm);
}
