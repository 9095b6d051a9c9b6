using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A question naming a place no stored document belongs to is still answered by a national document's clause that names
/// that place (issue #11, chat18b: refusals "không thuộc địa phương được hỏi" of the older sets and answers-unseen-10 dev,
/// where a Government dispatch or a social insurance decision spoke of the provinces asked); a place no clause names, or one
/// of many a clause surveys, is still refused.
/// </summary>
public sealed class NationalClausePlaceTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public NationalClausePlaceTests()
    {
        File.WriteAllText(_files.File("cd-231-ttg-du-an-ton-dong.txt"), Dispatch);
        _knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    [Fact]
    public void A_national_clause_naming_the_place_asked_answers()
    {
        var result = _knowledge.Ask("Đà Nẵng đã báo cáo bao nhiêu dự án tồn đọng có tình huống pháp lý tương tự?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("12 dự án", result.Answer);
    }

    [Fact]
    public void A_place_no_clause_names_is_still_refused()
    {
        var result = _knowledge.Ask("Hà Giang đã báo cáo bao nhiêu dự án tồn đọng có tình huống pháp lý tương tự?");

        Assert.True(result.Refused, result.Answer);
    }

    [Fact]
    public void A_clause_surveying_several_provinces_does_not_answer_for_one_of_them()
    {
        var result = _knowledge.Ask("Mưa lũ làm hư hỏng bao nhiêu ngôi nhà ở Khánh Hòa?");

        Assert.True(result.Refused, result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Dispatch = """
        THỦ TƯỚNG CHÍNH PHỦ
        Số: 231/CĐ-TTg
        Hà Nội, ngày 26 tháng 11 năm 2025

        CÔNG ĐIỆN
        Về việc khẩn trương rà soát, phân loại các dự án tồn đọng kéo dài

        THỦ TƯỚNG CHÍNH PHỦ điện:
        - Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ;
        - Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.

        1. Các bộ, cơ quan ngang bộ khẩn trương hoàn thành việc rà soát, phân loại các dự án tồn đọng trên Hệ thống theo dõi.

        2. Ủy ban nhân dân thành phố Đà Nẵng đã báo cáo 12 dự án tồn đọng có tình huống pháp lý tương tự cần tháo gỡ.

        3. Mưa lũ tại các tỉnh Gia Lai, Đắk Lắk, Khánh Hòa làm hư hỏng 500 ngôi nhà, cần sớm sửa chữa, xây dựng lại.

        4. Bộ Tài chính theo dõi, đôn đốc, tổng hợp kết quả thực hiện Công điện này.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        THỦ TƯỚNG

        Nguyễn Văn A
        """;
}
