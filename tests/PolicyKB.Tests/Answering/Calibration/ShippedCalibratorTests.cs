using System.Text.RegularExpressions;
using PolicyKB.Answering.Calibration;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering.Calibration;

/// <summary>
/// The shipped answer calibrator (content/models/answer-calibrator.json) loads against the current features and was fitted
/// only on tuning halves: the test halves of answers-unseen-6 and later and the newest set are the blind measure, and a
/// model fitted on them would be judged on what it learnt.
/// </summary>
public sealed partial class ShippedCalibratorTests
{
    /// <summary>The newest set, wholly blind this round (tests/eval sets.py NEW).</summary>
    private const int Newest = 19;

    private static string ModelPath => Path.Combine(SharedData.ContentDirectory, "models", "answer-calibrator.json");

    [Fact]
    public void The_shipped_model_loads_against_the_current_features()
    {
        var model = AnswerCalibrator.Load(ModelPath);
        Assert.Equal(AnswerFeatures.Names, model.Features);
        Assert.InRange(model.Threshold, 0, 1);
    }

    [Fact]
    public void The_shipped_model_read_no_blind_half()
    {
        var model = AnswerCalibrator.Load(ModelPath);
        Assert.NotEmpty(model.Halves);
        Assert.All(model.Halves, half => Assert.False(IsBlind(half), $"{half} is a blind half"));
    }

    [Theory]
    [InlineData("answers-unseen-6.test", true)]
    [InlineData("answers-unseen-17.all", true)]
    [InlineData("answers-unseen-18.test", true)]
    [InlineData("answers-unseen-19.dev", true)]
    [InlineData("answers-unseen-21.dev", true)]
    [InlineData("answers-unseen-6.dev", false)]
    [InlineData("answers-unseen-18.dev", false)]
    [InlineData("answers-unseen-5.test", false)]
    [InlineData("answers-dev-6.dev", false)]
    public void Blind_halves_are_told_from_tuning_halves(string half, bool blind) => Assert.Equal(blind, IsBlind(half));

    private static bool IsBlind(string half)
    {
        var match = NumberedHalf().Match(half);
        if (!match.Success) return false;
        var number = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return number >= Newest || (number >= 6 && match.Groups[2].Value != "dev");
    }

    [GeneratedRegex(@"^answers-unseen-(\d+)\.(\w+)$")]
    private static partial Regex NumberedHalf();
}
