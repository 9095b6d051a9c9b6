using PolicyKB.Answering.Calibration;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering.Calibration;

/// <summary>The fitted answer/refuse decision: its probability, its threshold and its model file.</summary>
public sealed class AnswerCalibratorTests
{
    private static AnswerCalibrator CoverageOnly(double threshold) => new()
    {
        Features = AnswerFeatures.Names,
        Weights = AnswerFeatures.Names.Select(n => n == "coverage" ? 10.0 : 0.0).ToList(),
        Bias = -5,
        Threshold = threshold,
        Halves = ["answers-unseen.dev"],
    };

    private static double[] WithCoverage(double coverage) => AnswerFeatures.Names.Select(n => n == "coverage" ? coverage : 0.0).ToArray();

    [Fact]
    public void The_probability_is_the_logistic_of_the_weighted_features() =>
        Assert.Equal(0.5, CoverageOnly(0.5).Probability(WithCoverage(0.5)), 6);

    [Fact]
    public void A_quote_is_given_from_the_threshold_up_and_refused_below_it()
    {
        var model = CoverageOnly(0.7);
        Assert.True(model.Quotes(WithCoverage(0.6)));
        Assert.False(model.Quotes(WithCoverage(0.55)));
    }

    [Fact]
    public void A_saved_model_loads_with_its_weights_threshold_and_halves()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "m.json");
        CoverageOnly(0.42).Save(path);
        var loaded = AnswerCalibrator.Load(path);
        Assert.Equal(0.42, loaded.Threshold);
        Assert.Equal(["answers-unseen.dev"], loaded.Halves);
        Assert.Equal(CoverageOnly(0.42).Probability(WithCoverage(0.8)), loaded.Probability(WithCoverage(0.8)), 9);
    }

    [Fact]
    public void A_model_fitted_on_other_features_is_rejected_rather_than_misread()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "m.json");
        new AnswerCalibrator { Features = ["coverage"], Weights = [1.0] }.Save(path);
        Assert.Throws<InvalidDataException>(() => AnswerCalibrator.Load(path));
    }

    [Fact]
    public void No_model_file_means_no_calibrator()
    {
        using var dir = new TempDirectory();
        Assert.Null(AnswerCalibrator.LoadIfPresent(Path.Combine(dir.Path, "absent.json")));
    }
}
