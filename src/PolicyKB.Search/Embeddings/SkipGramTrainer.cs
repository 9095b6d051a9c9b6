using System.Diagnostics;

namespace PolicyKB.Search.Embeddings;

/// <summary>
/// fastText skip-gram with negative sampling. The centre unit is represented by the mean of its subword rows
/// (<see cref="SubwordIndex"/>); each context unit is predicted against negatives drawn from counts^0.75. The
/// gradient for the centre is summed over its window and applied once (as word2vec's CBOW does), halving the
/// cost of the subword updates. Threads share the matrices without locks (Hogwild, Recht et al. 2011): updates
/// are sparse, so collisions are rare and harmless.
/// </summary>
internal sealed class SkipGramTrainer
{
    private const int TableSize = 1024;
    private const float MaxSigmoid = 8f;
    private static readonly float[] _sigmoid = BuildTable(x => 1f / (1f + MathF.Exp(-x)));
    private static readonly float[] _logSigmoid = BuildTable(x => MathF.Log(1f / (1f + MathF.Exp(-x))));

    private readonly TrainingData _data;
    private readonly SubwordIndex _subwords;
    private readonly EmbeddingTrainerOptions _options;
    private readonly int _dims;
    private readonly float[] _input;
    private readonly float[] _output;
    private readonly float[] _keep;
    private readonly NegativeTable _negatives;
    private long _processed;

    /// <summary>Initialises the matrices: input rows uniform in ±1/dims, output rows zero (fastText's choice).</summary>
    public SkipGramTrainer(TrainingData data, SubwordIndex subwords, EmbeddingTrainerOptions options)
    {
        _data = data;
        _subwords = subwords;
        _options = options;
        _dims = options.Dimensions;
        _input = new float[(long)subwords.RowCount * _dims];
        _output = new float[(long)data.Units.Length * _dims];
        var random = new FastRandom(options.Seed);
        for (long i = 0; i < _input.LongLength; i++) _input[i] = (float)((random.NextDouble() * 2 - 1) / _dims);
        _keep = new float[data.Units.Length];
        var total = (double)Math.Max(1, data.TotalCount);
        for (var u = 0; u < _keep.Length; u++)
        {
            var f = data.Counts[u] / total;
            var t = options.SubsampleThreshold;
            _keep[u] = (float)Math.Min(1.0, Math.Sqrt(t / f) + t / f);
        }
        _negatives = new NegativeTable(data.Counts);
    }

    /// <summary>The input matrix (units, folded forms, buckets), row-major.</summary>
    public float[] Input => _input;

    /// <summary>Runs all epochs on <see cref="EmbeddingTrainerOptions.Threads"/> threads.</summary>
    public void Train(IProgress<EmbeddingTrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var threads = Math.Max(1, Math.Min(_options.Threads, _data.SentenceStarts.Length - 1));
        var chunks = SplitSentences(threads);
        var totalWork = (long)_options.Epochs * Math.Max(1, _data.TotalCount);
        var workers = new Thread[threads];
        Exception? failure = null;
        for (var t = 0; t < threads; t++)
        {
            var (from, to) = chunks[t];
            var seed = _options.Seed + 0x9E3779B97F4A7C15UL * (ulong)(t + 1);
            var reporter = t == 0 ? progress : null;
            workers[t] = new Thread(() =>
            {
                try { Work(from, to, seed, totalWork, reporter, cancellationToken); }
                catch (Exception ex) { Interlocked.CompareExchange(ref failure, ex, null); }
            }) { IsBackground = true, Name = $"skipgram-{t}" };
            workers[t].Start();
        }
        foreach (var w in workers) w.Join();
        cancellationToken.ThrowIfCancellationRequested();
        if (failure is not null) throw new InvalidOperationException("Embedding training failed: " + failure.Message, failure);
    }

    private (int From, int To)[] SplitSentences(int parts)
    {
        var starts = _data.SentenceStarts;
        var sentences = starts.Length - 1;
        var result = new (int, int)[parts];
        var s = 0;
        for (var p = 0; p < parts; p++)
        {
            var target = (long)_data.Tokens.Length * (p + 1) / parts;
            var from = s;
            while (s < sentences && (starts[s + 1] <= target || p == parts - 1)) s++;
            result[p] = (from, s);
        }
        return result;
    }

    private void Work(int fromSentence, int toSentence, ulong seed, long totalWork, IProgress<EmbeddingTrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var random = new FastRandom(seed);
        var hidden = new float[_dims];
        var grad = new float[_dims];
        var kept = new List<int>(256);
        var clock = Stopwatch.StartNew();
        var lastReport = 0L;
        var lastProcessed = 0L;
        var pending = 0L;
        double loss = 0;
        long lossCount = 0;
        var baseLr = (float)_options.LearningRate;
        for (var epoch = 0; epoch < _options.Epochs; epoch++)
        {
            for (var s = fromSentence; s < toSentence; s++)
            {
                var start = _data.SentenceStarts[s];
                var end = _data.SentenceStarts[s + 1];
                kept.Clear();
                for (var i = start; i < end; i++)
                {
                    var unit = _data.Tokens[i];
                    if (_keep[unit] >= 1f || random.NextDouble() < _keep[unit]) kept.Add(unit);
                }
                var done = Interlocked.Read(ref _processed) + pending;
                var lr = baseLr * (float)Math.Max(1e-4, 1.0 - (double)done / totalWork);
                for (var c = 0; c < kept.Count; c++)
                {
                    loss += TrainCentre(kept, c, lr, hidden, grad, ref random, ref lossCount);
                }
                pending += end - start;
                if (pending < 8192) continue;
                var processed = Interlocked.Add(ref _processed, pending);
                pending = 0;
                cancellationToken.ThrowIfCancellationRequested();
                if (progress is null || clock.ElapsedMilliseconds - lastReport < 2000) continue;
                var seconds = (clock.ElapsedMilliseconds - lastReport) / 1000.0;
                progress.Report(new EmbeddingTrainingProgress("train", Math.Min(1.0, (double)processed / totalWork),
                    $"epoch {Math.Min(_options.Epochs, processed * _options.Epochs / totalWork + 1)}/{_options.Epochs}",
                    lossCount == 0 ? 0 : loss / lossCount, (processed - lastProcessed) / seconds));
                lastReport = clock.ElapsedMilliseconds;
                lastProcessed = processed;
                loss = 0;
                lossCount = 0;
            }
        }
        Interlocked.Add(ref _processed, pending);
    }

    private double TrainCentre(List<int> kept, int c, float lr, float[] hidden, float[] grad, ref FastRandom random, ref long lossCount)
    {
        var rows = _subwords.Of(kept[c]);
        var h = hidden.AsSpan();
        h.Clear();
        foreach (var row in rows) VectorMath.AddScaled(h, 1f, _input.AsSpan(row * _dims, _dims));
        VectorMath.Scale(h, 1f / rows.Length);
        grad.AsSpan().Clear();
        var b = random.Next(_options.Window) + 1;
        double loss = 0;
        for (var j = Math.Max(0, c - b); j <= Math.Min(kept.Count - 1, c + b); j++)
        {
            if (j == c) continue;
            var target = kept[j];
            loss += Binary(target, true, hidden, grad, lr);
            for (var n = 0; n < _options.Negatives; n++)
            {
                var negative = _negatives.Draw(ref random);
                if (negative != target) loss += Binary(negative, false, hidden, grad, lr);
            }
            lossCount++;
        }
        foreach (var row in rows) VectorMath.AddScaled(_input.AsSpan(row * _dims, _dims), 1f, grad);
        return loss;
    }

    private float Binary(int unit, bool label, float[] hidden, float[] grad, float lr)
    {
        var output = _output.AsSpan(unit * _dims, _dims);
        var score = VectorMath.Dot(hidden, output);
        var index = TableIndex(score);
        var alpha = lr * ((label ? 1f : 0f) - _sigmoid[index]);
        VectorMath.AddScaled(grad, alpha, output);
        VectorMath.AddScaled(output, alpha, hidden);
        return -(label ? _logSigmoid[index] : _logSigmoid[TableSize - index]);
    }

    private static int TableIndex(float x)
    {
        if (!(x > -MaxSigmoid)) return 0;
        if (x >= MaxSigmoid) return TableSize;
        return (int)((x + MaxSigmoid) * (TableSize / (2 * MaxSigmoid)));
    }

    private static float[] BuildTable(Func<float, float> f)
    {
        var table = new float[TableSize + 1];
        for (var i = 0; i <= TableSize; i++) table[i] = f(i * 2 * MaxSigmoid / TableSize - MaxSigmoid);
        return table;
    }
}
