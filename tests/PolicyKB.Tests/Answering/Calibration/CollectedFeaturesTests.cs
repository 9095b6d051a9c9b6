using PolicyKB.Answering;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Calibration;
using PolicyKB.Answering.Llm;

namespace PolicyKB.Tests.Answering.Calibration;

/// <summary>
/// Collection over the seed plans: with the floors off the quoting answerer keeps its best quote's features with the
/// answer, one value per <see cref="AnswerFeatures.Names"/>, in range.
/// </summary>
public sealed class CollectedFeaturesTests(SeedKnowledgeBase seed) : IClassFixture<SeedKnowledgeBase>
{
    private static readonly string[] Questions =
    [
        "Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu giường bệnh trên vạn dân?",
        "Cơ quan nào chủ trì công tác đảm bảo an toàn thực phẩm ở Sơn Dương?",
        "Số lượt người khám, chữa bệnh ở Sơn Dương năm 2021 là bao nhiêu?",
    ];

    [Fact]
    public void Every_quoted_question_carries_one_value_per_feature()
    {
        var service = new AnsweringService(seed.KnowledgeBase, new ChatOptions { CollectAnswerFeatures = true }, chat: null, conversations: null);
        var collected = Questions.Select(q => service.AnswerAsync(new AnswerRequest(q)).GetAwaiter().GetResult())
            .Where(r => r.CalibrationFeatures is not null).ToList();
        Assert.NotEmpty(collected);
        Assert.All(collected, r =>
        {
            Assert.Equal(AnswerFeatures.Names.Count, r.CalibrationFeatures!.Count);
            Assert.InRange(r.CalibrationFeatures[0], ExtractiveAnswerer.CandidateTiers[^1], 1);
            Assert.InRange(r.CalibrationFeatures[AnswerFeatures.Names.ToList().IndexOf("knownShare")], 0, 1);
        });
    }
}
