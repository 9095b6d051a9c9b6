using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Calibration;
using PolicyKB.Answering.Questions;

namespace PolicyKB.Tests.Answering.Calibration;

/// <summary>
/// Which sentences a calibrated answerer chooses its best quote from: the highest coverage tier any reaches, so that the
/// quote of a question the floors answered is unchanged and only the decision to give it is the calibrator's.
/// </summary>
public sealed class CandidateTierTests
{
    [Fact]
    public void The_floors_mode_keeps_the_hand_set_floors() =>
        Assert.Equal(ExtractiveAnswerer.MinCoverage, ExtractiveAnswerer.FloorFor(CalibrationMode.Floors, [0.59, 0.45]));

    [Fact]
    public void A_sentence_at_the_preferred_floor_keeps_its_precedence() =>
        Assert.Equal(ExtractiveAnswerer.PreferredCoverage, ExtractiveAnswerer.FloorFor(CalibrationMode.Calibrated, [0.7, 0.45]));

    [Fact]
    public void Below_the_floors_the_best_covering_tier_is_offered_to_the_calibrator() =>
        Assert.Equal(0.5, ExtractiveAnswerer.FloorFor(CalibrationMode.Calibrated, [0.52, 0.3]));

    [Fact]
    public void Below_the_lowest_tier_no_sentence_is_offered() =>
        Assert.Equal(ExtractiveAnswerer.CandidateTiers[^1], ExtractiveAnswerer.FloorFor(CalibrationMode.Calibrated, [0.45, 0.3]));

    [Fact]
    public void The_known_share_weighs_the_question_words_no_clause_holds()
    {
        var terms = new PolicyKB.Answering.Knowledge.TermStatistics();
        terms.Add(["giuong", "benh"], ["giuong", "benh"]);
        terms.Add(["benh"], ["benh"]);
        var question = new QuestionAnalysis
        {
            Question = "q", Intent = QuestionIntent.General, Folded = true, ContentKeys = ["giuong", "vu", "tru"],
            UnitKeys = [], Places = [], Years = [], References = [], UnknownReferences = [], SearchText = "q",
        };
        var share = AnswerFeatures.KnownShare(question, terms);
        // "giuong" is known; "vu" and "tru", found nowhere, weigh most.
        Assert.InRange(share, 0.05, 1.0 / 3);
    }
}
