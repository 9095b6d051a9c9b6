using System.Text.RegularExpressions;
using PolicyKB.Answering.Calibration;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering.Calibration;

/// <summary>
/// The shipped calibrators (content/models/answer-calibrator.json for the quoting answerer, focused-calibrator.json for
/// the focused answerer) load against their current features and were fitted only on tuning halves: the test halves of
/// answers-unseen-6 and later and the newest set are the blind measure, and a model fitted on them would be judged on
/// what it learnt.
/// </summary>
public sealed partial class ShippedCalibratorTests
{
    /// <summary>The newest set, wholly blind this round (tools/answer-gate/sets.py NEW).</summary>
    private const int Newest = 26;

    private static string ModelPath(string file) => Path.Combine(SharedData.ContentDirectory, "models", file);

    private static AnswerCalibrator Shipped(string file) =>
        AnswerCalibrator.Load(ModelPath(file), file == "focused-calibrator.json" ? FocusedFeatures.Names : AnswerFeatures.Names);

    [Theory]
    [InlineData("answer-calibrator.json")]
    [InlineData("focused-calibrator.json")]
    public void The_shipped_model_loads_against_the_current_features(string file)
    {
        var model = Shipped(file);
        Assert.Equal(file == "focused-calibrator.json" ? FocusedFeatures.Names : AnswerFeatures.Names, model.Features);
        Assert.InRange(model.Threshold, 0, 1);
    }

    [Theory]
    [InlineData("answer-calibrator.json")]
    [InlineData("focused-calibrator.json")]
    public void The_shipped_model_read_no_blind_half(string file)
    {
        var model = Shipped(file);
        Assert.NotEmpty(model.Halves);
        Assert.All(model.Halves, half => Assert.False(IsBlind(half), $"{half} is a blind half"));
    }

    [Theory]
    [InlineData("answers-unseen-6.test", true)]
    [InlineData("answers-unseen-17.all", true)]
    [InlineData("answers-unseen-18.test", true)]
    [InlineData("answers-unseen-19.test", true)]
    [InlineData("answers-unseen-20.test", true)]
    [InlineData("answers-unseen-21.test", true)]
    [InlineData("answers-unseen-22.test", true)]
    [InlineData("answers-unseen-23.test", true)]
    [InlineData("answers-unseen-24.test", true)]
    [InlineData("answers-unseen-25.test", true)]
    [InlineData("answers-unseen-26.dev", true)]
    [InlineData("answers-unseen-26.test", true)]
    [InlineData("answers-unseen-25.dev", false)]
    [InlineData("answers-unseen-24.dev", false)]
    [InlineData("answers-unseen-23.dev", false)]
    [InlineData("answers-unseen-22.dev", false)]
    [InlineData("answers-unseen-21.dev", false)]
    [InlineData("answers-unseen-20.dev", false)]
    [InlineData("answers-unseen-19.dev", false)]
    [InlineData("answers-unseen-18.dev", false)]
    [InlineData("answers-unseen-6.dev", false)]
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
