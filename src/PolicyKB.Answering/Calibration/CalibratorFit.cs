namespace PolicyKB.Answering.Calibration;

/// <summary>
/// Fits an <see cref="AnswerCalibrator"/> on collected rows: an L2-regularised logistic regression (batch gradient
/// descent on standardised features, deterministic), then the threshold that maximises the questions the decision gets
/// right: answerable ones quoted and judged right, plus unanswerable ones refused.
/// </summary>
public static class CalibratorFit
{
    private const int Iterations = 3000;
    private const double LearningRate = 0.5;

    /// <summary>
    /// The rows whose outcome the decision changes: a quote a later check refused anyway is right or wrong whatever the
    /// calibrator says, when declining refuses too. A row with a <see cref="CalibrationRow.Declined"/> outcome is kept:
    /// declining it answers otherwise (the focused answerer's floor), so even a refused quote may win or lose.
    /// </summary>
    public static List<CalibrationRow> Deciding(IEnumerable<CalibrationRow> rows) => rows.Where(r => r.Declined is not null || !r.Refused).ToList();

    /// <summary>Fits on <paramref name="rows"/> (already <see cref="Deciding"/>); <paramref name="halves"/> are recorded in the model.</summary>
    /// <param name="rows">The rows fitted on.</param>
    /// <param name="halves">The evaluation halves they came from.</param>
    /// <param name="l2">L2 penalty on the standardised weights.</param>
    /// <param name="excluded">Feature names left out (their weight is 0).</param>
    /// <param name="decidesBelow">The coverage from which quotes are given as the floors gave them (<see cref="AnswerCalibrator.DecidesBelow"/>).</param>
    /// <param name="names">The rows' feature names (<see cref="AnswerFeatures.Names"/> when null).</param>
    public static AnswerCalibrator Fit(IReadOnlyList<CalibrationRow> rows, IReadOnlyList<string> halves, double l2 = 0.01,
        IReadOnlySet<string>? excluded = null, double decidesBelow = 2, IReadOnlyList<string>? names = null)
    {
        names ??= AnswerFeatures.Names;
        var n = names.Count;
        rows = rows.Where(r => r.Features[AnswerFeatures.Coverage] < decidesBelow).ToList();
        if (rows.Count == 0) throw new InvalidDataException("Không có dòng dữ liệu nào để huấn luyện bộ hiệu chỉnh.");
        var mean = new double[n];
        var scale = new double[n];
        for (var j = 0; j < n; j++)
        {
            mean[j] = rows.Average(r => r.Features[j]);
            var sd = Math.Sqrt(rows.Average(r => Math.Pow(r.Features[j] - mean[j], 2)));
            scale[j] = sd < 1e-9 ? 1 : sd;
        }
        var used = Enumerable.Range(0, n).Select(j => excluded?.Contains(names[j]) != true).ToArray();
        var x = rows.Select(r => Enumerable.Range(0, n).Select(j => used[j] ? (r.Features[j] - mean[j]) / scale[j] : 0).ToArray()).ToList();
        var w = new double[n];
        double b = 0;
        for (var it = 0; it < Iterations; it++)
        {
            var gw = new double[n];
            double gb = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                var z = b;
                for (var j = 0; j < n; j++) z += w[j] * x[i][j];
                var error = 1 / (1 + Math.Exp(-z)) - rows[i].Label;
                gb += error;
                for (var j = 0; j < n; j++) gw[j] += error * x[i][j];
            }
            b -= LearningRate * gb / rows.Count;
            for (var j = 0; j < n; j++) w[j] -= LearningRate * (gw[j] / rows.Count + l2 * w[j]);
        }
        // Back to the raw feature scale, so that answer time needs no standardisation.
        var weights = Enumerable.Range(0, n).Select(j => w[j] / scale[j]).ToList();
        var bias = b - Enumerable.Range(0, n).Sum(j => w[j] * mean[j] / scale[j]);
        var model = new AnswerCalibrator { Features = names, Weights = weights, Bias = bias };
        return new AnswerCalibrator
        {
            Features = model.Features, Weights = model.Weights, Bias = model.Bias, Halves = halves, Rows = rows.Count, DecidesBelow = decidesBelow,
            Threshold = BestThreshold(rows.Select(r => (model.Probability(r.Features), r)).ToList()),
        };
    }

    /// <summary>Questions <paramref name="model"/>'s decisions get right on <paramref name="rows"/>.</summary>
    public static int Gain(AnswerCalibrator model, IEnumerable<CalibrationRow> rows) =>
        rows.Sum(r => model.Quotes(r.Features) ? r.Label : r.DeclinedLabel);

    /// <summary>
    /// Questions the decision gets right at <paramref name="threshold"/>: right quotes given plus declined ones judged right
    /// (unanswerable ones refused, or the focused answerer's floor answering rightly).
    /// </summary>
    public static int Gain(IEnumerable<(double P, CalibrationRow Row)> scored, double threshold) =>
        scored.Sum(s => s.P >= threshold ? s.Row.Label : s.Row.DeclinedLabel);

    /// <summary>
    /// The threshold of greatest gain (<see cref="Gain(IEnumerable{ValueTuple{double, CalibrationRow}}, double)"/>), halfway between the two probabilities it falls between; of equal
    /// gains the higher threshold, since a refusal misleads less than a wrong quote.
    /// </summary>
    public static double BestThreshold(IReadOnlyList<(double P, CalibrationRow Row)> scored)
    {
        var ps = scored.Select(s => s.P).Distinct().OrderBy(p => p).ToList();
        var cuts = new List<double> { 0 };
        for (var i = 0; i + 1 < ps.Count; i++) cuts.Add((ps[i] + ps[i + 1]) / 2);
        cuts.Add(1.000001);
        var best = cuts[0];
        var bestGain = int.MinValue;
        foreach (var cut in cuts)
        {
            var gain = Gain(scored, cut);
            if (gain >= bestGain) (best, bestGain) = (cut, gain);
        }
        return best;
    }
}
