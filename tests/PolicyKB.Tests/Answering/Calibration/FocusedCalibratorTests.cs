using PolicyKB.Answering;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Calibration;
using PolicyKB.Answering.Llm;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering.Calibration;

/// <summary>
/// The focused answerer with its calibrator: a calibrator that never quotes below the floor answers exactly as the floor
/// does; one that always quotes answers as the collection mode does; no model file means the floor.
/// </summary>
public sealed class FocusedCalibratorTests(AnswerTypeKnowledgeBase kb) : IClassFixture<AnswerTypeKnowledgeBase>
{
    private static readonly string[] Questions =
    [
        "Theo Quyết định 777/QĐ-UBND, thời hạn giải quyết hồ sơ cấp Giấy xác nhận tình trạng hôn nhân có yếu tố nước ngoài là bao nhiêu ngày?",
        "Thời gian ủy quyền theo Quyết định 777/QĐ-UBND của tỉnh Bình Minh kéo dài đến hết ngày nào?",
        "Theo Thông tư 55/2026/TT-BXD, mức lương Bậc 1 của kỹ sư tư vấn giám sát không quá bao nhiêu một tháng?",
        "Theo Quyết định 777/QĐ-UBND, ai ký quyết định và cơ quan nào chịu trách nhiệm thi hành?",
        "Thông tư 55/2026/TT-BXD quy định về khen thưởng cán bộ như thế nào?",
    ];

    private List<string> Answers(ChatOptions options, AnswerCalibrator? model)
    {
        using var dir = new TempDirectory();
        if (model is not null)
        {
            options.FocusedCalibratorPath = Path.Combine(dir.Path, "focused.json");
            model.Save(options.FocusedCalibratorPath);
        }
        var service = new AnsweringService(kb.Knowledge.KnowledgeBase, options, chat: null, conversations: null);
        return Questions.Select(q => service.AnswerAsync(new AnswerRequest(q)).GetAwaiter().GetResult().Answer).ToList();
    }

    private static AnswerCalibrator Constant(double threshold) => new()
    {
        Features = FocusedFeatures.Names, Weights = FocusedFeatures.Names.Select(_ => 0.0).ToList(), Threshold = threshold,
        DecidesBelow = SentenceScorer.MinCoverage,
    };

    private static ChatOptions Floors() => new() { UseAnswerCalibrator = false, UseFocusedCalibrator = false };

    [Fact]
    public void A_calibrator_that_never_quotes_below_the_floor_answers_as_the_floor()
    {
        var options = Floors();
        options.UseFocusedCalibrator = true;
        Assert.Equal(Answers(Floors(), null), Answers(options, Constant(1.1)));
    }

    [Fact]
    public void A_calibrator_that_always_quotes_below_the_floor_answers_as_collection()
    {
        var options = Floors();
        options.UseFocusedCalibrator = true;
        var collect = Floors();
        collect.CollectFocusedFeatures = true;
        Assert.Equal(Answers(collect, null), Answers(options, Constant(0)));
    }

    [Fact]
    public void A_missing_model_file_means_the_floor()
    {
        var options = Floors();
        options.UseFocusedCalibrator = true;
        options.FocusedCalibratorPath = "/nonexistent/focused-calibrator.json";
        Assert.Equal(Answers(Floors(), null), Answers(options, null));
    }
}
