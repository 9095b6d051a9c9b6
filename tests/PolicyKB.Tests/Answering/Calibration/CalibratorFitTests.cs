using PolicyKB.Answering.Calibration;

namespace PolicyKB.Tests.Answering.Calibration;

/// <summary>Fitting the calibrator: the logistic fit, the threshold that maximises right decisions, the rows that count.</summary>
public sealed class CalibratorFitTests
{
    private static CalibrationRow Row(string id, double coverage, bool answerable, bool correct, bool refused = false) =>
        new("set.dev", id, answerable, correct, refused, AnswerFeatures.Names.Select(n => n == "coverage" ? coverage : 0.5).ToList());

    private static List<CalibrationRow> Separable() =>
    [
        Row("a1", 0.9, true, true), Row("a2", 0.8, true, true), Row("a3", 0.7, true, true), Row("a4", 0.65, true, true),
        Row("u1", 0.45, false, false), Row("u2", 0.4, false, false), Row("u3", 0.5, false, false), Row("w1", 0.42, true, false),
    ];

    [Fact]
    public void Right_answers_get_higher_probabilities_than_quotes_to_unanswerable_questions()
    {
        var model = CalibratorFit.Fit(Separable(), ["set.dev"]);
        Assert.True(model.Probability(Separable()[3].Features) > model.Probability(Separable()[6].Features));
    }

    [Fact]
    public void The_threshold_makes_every_decision_that_can_be_right_right_when_the_rows_are_separable()
    {
        var rows = Separable();
        var model = CalibratorFit.Fit(rows, ["set.dev"]);
        // Every row but the wrong quote, which is judged wrong whether quoted or refused.
        Assert.Equal(rows.Count - 1, CalibratorFit.Gain(model, rows));
        Assert.Equal(["set.dev"], model.Halves);
    }

    [Fact]
    public void A_quote_a_later_check_refused_anyway_does_not_count()
    {
        var rows = CalibratorFit.Deciding([Row("a", 0.9, true, true), Row("b", 0.5, false, true, refused: true)]);
        Assert.Equal(["a"], rows.Select(r => r.Id));
    }

    [Fact]
    public void Of_equal_gains_the_higher_threshold_is_kept()
    {
        // Quoting the one wrong answer gains nothing over refusing it: the threshold refuses it.
        var scored = new List<(double, CalibrationRow)> { (0.9, Row("a", 0.9, true, true)), (0.3, Row("w", 0.4, true, false)) };
        Assert.InRange(CalibratorFit.BestThreshold(scored), 0.3001, 0.9);
    }

    [Fact]
    public void Quotes_covering_the_question_from_the_decides_below_coverage_are_given_as_the_floors_gave_them()
    {
        var model = CalibratorFit.Fit(Separable(), [], decidesBelow: 0.6);
        Assert.True(model.Quotes(Row("x", 0.6, false, false).Features));
        Assert.Equal(4, model.Rows);
    }

    [Fact]
    public void An_excluded_feature_gets_no_weight() =>
        Assert.Equal(0, CalibratorFit.Fit(Separable(), [], excluded: new HashSet<string> { "coverage" }).Weights[AnswerFeatures.Coverage]);

    [Fact]
    public void A_row_reads_back_as_written()
    {
        var row = Row("x1", 0.123456789, true, false);
        var back = CalibrationRow.Parse(row.Format());
        Assert.Equal(row.Half, back.Half);
        Assert.Equal(row.Id, back.Id);
        Assert.Equal((row.Answerable, row.Correct, row.Refused), (back.Answerable, back.Correct, back.Refused));
        Assert.Equal(row.Features, back.Features);
    }
}
