using PolicyKB.Answering.Calibration;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering.Calibration;

/// <summary>
/// Rows of the focused answerer's calibrator: declining its quote is not a refusal but what its floor answers, judged
/// on its own (the declined outcome); the fit, its gain and its file read that outcome.
/// </summary>
public sealed class DeclinedOutcomeTests
{
    private static CalibrationRow Row(string id, double coverage, bool answerable, bool correct, bool declined, bool refused = false) =>
        new("set.dev", id, answerable, correct, refused, FocusedFeatures.Names.Select(n => n == "coverage" ? coverage : 0.5).ToList()) { Declined = declined };

    [Fact]
    public void Declining_scores_the_declined_outcome_not_a_refusal()
    {
        // An answerable question the floor answers rightly by falling through: declining is right.
        var row = Row("a", 0.5, answerable: true, correct: false, declined: true);
        Assert.Equal(1, row.DeclinedLabel);
        Assert.Equal(0, row.Label);
        Assert.False(row.Indifferent);
    }

    [Fact]
    public void A_refused_quote_still_decides_when_declining_answers_otherwise()
    {
        var rows = CalibratorFit.Deciding([Row("r", 0.5, answerable: false, correct: true, declined: false, refused: true)]);
        Assert.Single(rows);
        Assert.Equal(1, rows[0].Label);
    }

    [Fact]
    public void Rows_right_or_wrong_either_way_are_indifferent() =>
        Assert.True(Row("s", 0.5, answerable: true, correct: true, declined: true).Indifferent);

    [Fact]
    public void The_gain_of_a_model_that_never_quotes_is_the_declined_outcomes()
    {
        var never = new AnswerCalibrator { Features = FocusedFeatures.Names, Weights = FocusedFeatures.Names.Select(_ => 0.0).ToList(), Threshold = 1.1, DecidesBelow = 0.6 };
        var rows = new[] { Row("a", 0.5, true, false, true), Row("b", 0.5, true, true, false), Row("c", 0.7, true, true, false) };
        // Declined: a right, b wrong; c covers the question past the floor and is quoted as the floor quotes it.
        Assert.Equal(2, CalibratorFit.Gain(never, rows));
    }

    [Fact]
    public void A_focused_row_reads_back_with_its_declined_outcome()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "rows.tsv");
        var row = Row("x", 0.55, true, false, true);
        File.WriteAllLines(path, [CalibrationRow.HeaderOf(FocusedFeatures.Names, declined: true), row.Format()]);
        var back = Assert.Single(CalibrationRow.Read(path, FocusedFeatures.Names));
        Assert.Equal(true, back.Declined);
        Assert.Equal(row.Features, back.Features);
    }

    [Fact]
    public void A_file_of_other_features_is_rejected_rather_than_misread()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "rows.tsv");
        File.WriteAllLines(path, [CalibrationRow.Header]);
        Assert.Throws<InvalidDataException>(() => CalibrationRow.Read(path, FocusedFeatures.Names));
    }

    [Fact]
    public void Coverage_is_the_first_feature_of_both_feature_sets() =>
        Assert.Equal((0, "coverage", "coverage"), (FocusedFeatures.Coverage, FocusedFeatures.Names[AnswerFeatures.Coverage], AnswerFeatures.Names[AnswerFeatures.Coverage]));
}
