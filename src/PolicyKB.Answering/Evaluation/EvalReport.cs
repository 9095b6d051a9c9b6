namespace PolicyKB.Answering.Evaluation;

/// <summary>Accuracy by category and latency over an evaluation run.</summary>
/// <param name="Outcomes">Every case's outcome, in file order.</param>
public sealed record EvalReport(IReadOnlyList<EvalOutcome> Outcomes)
{
    /// <summary>Share of cases judged correct (0–1).</summary>
    public double Accuracy => Outcomes.Count == 0 ? 0 : Outcomes.Count(o => o.Correct) / (double)Outcomes.Count;

    /// <summary>
    /// The correct cases whose first citation is not an expected clause (<see cref="AnswerEvaluator.FirstCitationExpected"/>):
    /// right only under the judge's leniency towards several quotes.
    /// </summary>
    public IReadOnlyList<EvalOutcome> RightButNotFirst =>
        Outcomes.Where(o => o.Correct && !AnswerEvaluator.FirstCitationExpected(o.Case, o.Result)).ToList();

    /// <summary>Accuracy and count per category, ordered by category.</summary>
    public IReadOnlyList<(string Category, int Correct, int Total)> ByCategory =>
        Outcomes.GroupBy(o => o.Case.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(o => o.Correct), g.Count())).ToList();

    /// <summary>Median answer time, milliseconds.</summary>
    public long P50Ms => Percentile(0.50);

    /// <summary>95th percentile answer time, milliseconds.</summary>
    public long P95Ms => Percentile(0.95);

    private long Percentile(double p)
    {
        var times = Outcomes.Select(o => o.Result.TookMs).Order().ToList();
        if (times.Count == 0) return 0;
        var rank = (int)Math.Ceiling(p * times.Count) - 1;
        return times[Math.Clamp(rank, 0, times.Count - 1)];
    }
}
