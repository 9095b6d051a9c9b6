using PolicyKB.Answering.Facts;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The agency a question names opens with an agency's head noun; a capitalised word that goes on a proper name before
/// it ("Phòng" of "Hải Phòng") opens none (issue #11, chat23a: "Thuế Hải Phòng trao đổi thêm với bộ nào" read "Phòng
/// trao đổi thêm" as the agency asked about, and every clause not naming it was refused).
/// </summary>
public sealed class AgencyMentionTests
{
    [Theory]
    [InlineData("Gặp vướng mắc thì Thuế Hải Phòng trao đổi thêm với bộ nào?", null)]
    [InlineData("Sở Y tế phải làm gì?", "Sở Y tế")]
    [InlineData("Hỏi Sở Tài chính có nhiệm vụ gì?", "Sở Tài chính")]
    [InlineData("Gặp vướng mắc thì Thuế Hải Phòng báo cáo Bộ Tài chính ra sao?", "Bộ Tài chính")]
    public void A_capitalised_word_continuing_a_proper_name_opens_no_agency(string question, string? expected) =>
        Assert.Equal(expected, FactAgencyMention.Find(question));
}
