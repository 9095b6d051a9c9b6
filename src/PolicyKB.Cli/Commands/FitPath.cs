using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Calibration;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// The answerer a calibrator is fitted for (<c>policykb train-calibrator --fit</c>, with or without <c>--focused</c>):
/// its feature names, the hand-set floor the leave-one-set-out figures compare with, and the coverage from which the
/// model leaves the quote to the floor.
/// </summary>
/// <param name="Names">The feature names of its rows.</param>
/// <param name="Floor">The hand-set coverage floor it replaces.</param>
/// <param name="DecidesBelow">The default <see cref="AnswerCalibrator.DecidesBelow"/>.</param>
internal sealed record FitPath(IReadOnlyList<string> Names, double Floor, double DecidesBelow)
{
    /// <summary>The focused answerer's path when <paramref name="focused"/>, else the quoting answerer's.</summary>
    public static FitPath Of(bool focused) => focused
        // The focused answerer's calibrator decides only the sentences its floor refuses: above it, both quote the same.
        ? new(FocusedFeatures.Names, SentenceScorer.MinCoverage, SentenceScorer.MinCoverage)
        : new(AnswerFeatures.Names, ExtractiveAnswerer.MinCoverage, 2);
}
