using PolicyKB.Answering.Answers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// "Có hiệu lực từ khi nào?" is answered by the sentence stating the document's own effect (issue #11, chat16b: dev
/// halves of answers-unseen-7 and -8, a council resolution and a provincial decision whose effect clause omits "này",
/// so no effective-date fact was stored): not by the other documents' lapse under the same article, nor by the
/// adoption date beside it.
/// </summary>
public sealed class EffectSentenceTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public EffectSentenceTests()
    {
        File.WriteAllText(_files.File("qd-31-2026-qd-ubnd-dinh-muc-may-moc-chuyen-dung.txt"), Decision);
        File.WriteAllText(_files.File("nq-44-2026-nq-hdnd-phu-cap-bao-ve-dan-pho.txt"), Resolution);
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void The_effect_is_not_answered_by_the_lapse_of_other_decisions()
    {
        var result = _knowledge.Ask("quyet dinh 31/2026 yen bai co hieu luc tu khi nao");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("có hiệu lực kể từ ngày ký", result.Answer);
        Assert.DoesNotContain("hết hiệu lực", result.Answer);
    }

    [Fact]
    public void The_effect_is_not_answered_by_the_adoption_date()
    {
        var result = _knowledge.Ask("Nghị quyết 44/2026 của Bắc Kạn có hiệu lực thi hành từ ngày nào?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("có hiệu lực thi hành kể từ ngày ký ban hành", result.Answer);
    }

    [Theory]
    [InlineData("1. Quyết định có hiệu lực kể từ ngày ký.", true)]
    [InlineData("Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.", true)]
    [InlineData("2. Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:", false)]
    [InlineData("Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 27 tháng 11 năm 2025.", false)]
    public void A_sentence_states_its_own_effect(string sentence, bool states) => Assert.Equal(states, EffectSentences.StatesOwn(sentence));

    [Theory]
    [InlineData("1. Quyết định có hiệu lực kể từ ngày ký.", "quyet dinh 31/2026 co hieu luc tu khi nao", true)]
    [InlineData("Quyết định này có hiệu lực kể từ ngày ký.", "Luật Bảo vệ dữ liệu cá nhân có hiệu lực thi hành từ ngày nào?", false)]
    [InlineData("Quyết định này có hiệu lực kể từ ngày ký.", "Văn bản 31 có hiệu lực khi nào?", true)]
    public void The_effect_stated_is_of_the_type_asked(string sentence, string question, bool states) =>
        Assert.Equal(states, EffectSentences.StatesOwn(sentence, question));

    [Theory]
    [InlineData("4. Các Quyết định sau đây hết hiệu lực kể từ ngày 01 tháng 01 năm 2026:", true)]
    [InlineData("Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 08/2021/QĐ-UBND, Quyết định số 08/2021/QĐ-UBND hết hiệu lực.", false)]
    public void A_sentence_only_states_a_lapse(string sentence, bool lapses) => Assert.Equal(lapses, EffectSentences.OnlyLapses(sentence));

    [Theory]
    [InlineData("Quyết định 31/2026 có hiệu lực từ ngày nào?", true)]
    [InlineData("Quyết định 08/2021 hết hiệu lực khi nào?", false)]
    public void An_effect_question_is_recognised(string question, bool asked) => Assert.Equal(asked, EffectSentences.Asked(question));

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Decision = """
        ỦY BAN NHÂN DÂN
        TỈNH YÊN BÁI
        Số: 31/2026/QĐ-UBND
        Yên Bái, ngày 12 tháng 3 năm 2026

        QUYẾT ĐỊNH
        Quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng của các cơ quan, đơn vị thuộc tỉnh Yên Bái

        ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
        *Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*
        *Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14;*
        *Theo đề nghị của Giám đốc Sở Tài chính;*
        *Ủy ban nhân dân tỉnh ban hành Quyết định quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng.*
        Điều 1. Phạm vi điều chỉnh
        Quyết định này quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng của các cơ quan, đơn vị thuộc tỉnh Yên Bái.
        Điều 2. Tiêu chuẩn, định mức
        Tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng quy định tại Phụ lục kèm theo Quyết định này.
        Điều 3. Điều khoản thi hành
        1. Quyết định có hiệu lực kể từ ngày ký.
        2. Các Quyết định sau đây hết hiệu lực kể từ ngày 01 tháng 01 năm 2027:
        a) Quyết định số 08/2021/QĐ-UBND ngày 20 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh Yên Bái quy định tiêu chuẩn, định mức sử dụng máy móc chuyên dùng;
        b) Quyết định số 45/2022/QĐ-UBND ngày 29 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh Yên Bái quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị.

        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Lê Văn Hùng
        """;

    private const string Resolution = """
        HỘI ĐỒNG NHÂN DÂN
        TỈNH BẮC KẠN
        Số: 44/2026/NQ-HĐND
        Bắc Kạn, ngày 27 tháng 3 năm 2026

        NGHỊ QUYẾT
        Quy định mức phụ cấp hằng tháng đối với lực lượng bảo vệ dân phố trên địa bàn tỉnh Bắc Kạn

        HỘI ĐỒNG NHÂN DÂN TỈNH BẮC KẠN
        *Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*
        *Xét Tờ trình số 90/TTr-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh;*
        Điều 1. Phạm vi điều chỉnh
        Nghị quyết này quy định mức phụ cấp hằng tháng đối với lực lượng bảo vệ dân phố trên địa bàn tỉnh Bắc Kạn.
        Điều 2. Mức phụ cấp
        Mức phụ cấp hằng tháng của Tổ trưởng tổ bảo vệ dân phố là 1.000.000 đồng/người/tháng.
        Điều 3. Hiệu lực thi hành
        1. Nghị quyết có hiệu lực thi hành kể từ ngày ký ban hành.
        2. Nghị quyết này thay thế Nghị quyết số 61/2021/NQ-HĐND ngày 23 tháng 9 năm 2021 của Hội đồng nhân dân tỉnh quy định mức phụ cấp đối với lực lượng bảo vệ dân phố.
        Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Kạn khóa X, Kỳ họp thứ 28 thông qua ngày 27 tháng 3 năm 2026./.

        CHỦ TỊCH
        Nguyễn Văn Nam
        """;
}
