using PolicyKB.Answering;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Calibration;
using PolicyKB.Answering.Llm;

namespace PolicyKB.Tests.Answering.Calibration;

/// <summary>
/// Collection for the focused answerer's calibrator: with its floor lowered, a question naming its document keeps the
/// best sentence's features with the answer, one value per <see cref="FocusedFeatures.Names"/>, in range; without
/// collection no features are kept and the floor is unchanged.
/// </summary>
public sealed class CollectedFocusedFeaturesTests(AnswerTypeKnowledgeBase kb) : IClassFixture<AnswerTypeKnowledgeBase>
{
    private static readonly string[] Questions =
    [
        "Theo Quyết định 777/QĐ-UBND, thời hạn giải quyết hồ sơ cấp Giấy xác nhận tình trạng hôn nhân có yếu tố nước ngoài là bao nhiêu ngày?",
        "Thời gian ủy quyền theo Quyết định 777/QĐ-UBND của tỉnh Bình Minh kéo dài đến hết ngày nào?",
        "Theo Thông tư 55/2026/TT-BXD, mức lương Bậc 1 của kỹ sư tư vấn giám sát không quá bao nhiêu một tháng?",
    ];

    [Fact]
    public void Every_focused_answer_carries_one_value_per_focused_feature()
    {
        var service = new AnsweringService(kb.Knowledge.KnowledgeBase, new ChatOptions { CollectFocusedFeatures = true }, chat: null, conversations: null);
        var collected = Questions.Select(q => service.AnswerAsync(new AnswerRequest(q)).GetAwaiter().GetResult())
            .Where(r => r.CalibrationFeatures is not null).ToList();
        Assert.NotEmpty(collected);
        Assert.All(collected, r =>
        {
            Assert.Equal(FocusedFeatures.Names.Count, r.CalibrationFeatures!.Count);
            Assert.InRange(r.CalibrationFeatures[FocusedFeatures.Coverage], SentenceScorer.ClosestFloor, 1);
            Assert.Equal(1, r.CalibrationFeatures[FocusedFeatures.Names.ToList().IndexOf("docByNumber")]);
            Assert.InRange(r.CalibrationFeatures[FocusedFeatures.Names.ToList().IndexOf("knownShare")], 0, 1);
        });
    }

    [Fact]
    public void Without_collection_the_focused_answers_keep_no_features()
    {
        var service = new AnsweringService(kb.Knowledge.KnowledgeBase, new ChatOptions { UseAnswerCalibrator = false }, chat: null, conversations: null);
        Assert.All(Questions, q => Assert.Null(service.AnswerAsync(new AnswerRequest(q)).GetAwaiter().GetResult().CalibrationFeatures));
    }
}
