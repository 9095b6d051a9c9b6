using PolicyKB.Answering.Answers;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The words a question puts before "ai" are said the same way before the answer (issue #11, chat16b: dev half of
/// answers-unseen-6, "quyet dinh 333/QD-BTC ban hanh theo de nghi cua ai?" typed without accents, where "de nghi" also
/// matched the "Nghị định" of every legal-basis line).
/// </summary>
public sealed class AskedFrameTests
{
    [Theory]
    [InlineData("quyet dinh 333/QD-BTC ban hanh theo de nghi cua ai?", "de nghi cua")]
    [InlineData("Nhiệm vụ này giao cho ai?", "nay giao cho")]
    [InlineData("Người ký quyết định là ai?", null)]
    [InlineData("Quyết định do ai ký?", null)]
    public void The_frame_is_the_words_before_who(string question, string? frame) => Assert.Equal(frame, AskedFrame.Of(question));

    [Theory]
    [InlineData("Theo đề nghị của Chủ tịch Ủy ban Chứng khoán Nhà nước.", true)]
    [InlineData("Căn cứ Nghị định số 155/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Chứng khoán;", false)]
    public void The_answer_says_the_frame_as_written(string sentence, bool holds) =>
        Assert.Equal(holds, AskedFrame.Holds(AskedFrame.Of("quyet dinh 333/QD-BTC ban hanh theo de nghi cua ai?"), sentence));
}
