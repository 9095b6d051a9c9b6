using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A fact question naming, by its number, a document the store only cites ("Ai ký Quyết định 51/2025/QĐ-TTg …?") is
/// refused as not stored, never answered with the signer or date of the stored plan whose preamble cites it and whose
/// title words the question shares (issue #11, session 26, chat38a: U23I13 of answers-unseen-23 dev).
/// </summary>
public sealed class CitedDocumentFactTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public CitedDocumentFactTests()
    {
        File.WriteAllText(_files.File("kh-15-kh-ubnd-song-lam-nong-thon-moi.txt"), Plan);
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void The_signer_of_a_cited_document_is_not_the_signer_of_the_plan_citing_it()
    {
        var result = _knowledge.Ask("Ai ký Quyết định 51/2025/QĐ-TTg ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030?");

        Assert.True(result.Refused, result.Answer);
        Assert.DoesNotContain("Trần Minh Quang", result.Answer);
    }

    [Fact]
    public void The_signer_of_the_stored_plan_is_still_answered()
    {
        var result = _knowledge.Ask("Ai ký Kế hoạch 15/KH-UBND của tỉnh Sông Lam?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Trần Minh Quang", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Plan = """
        ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Số: 15/KH-UBND
        Sông Lam, ngày 12 tháng 3 năm 2026

        KẾ HOẠCH
        Triển khai Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030 trên địa bàn tỉnh Sông Lam

        Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 20 tháng 12 năm 2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030;
        Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:

        I. MỤC ĐÍCH, YÊU CẦU
        1. Triển khai kịp thời Bộ tiêu chí quốc gia về xã nông thôn mới đến các xã trên địa bàn tỉnh.
        2. Phân công rõ trách nhiệm của các sở, ngành trong việc hướng dẫn các xã thực hiện tiêu chí.
        II. NHIỆM VỤ
        1. Sở Nông nghiệp và Môi trường chủ trì hướng dẫn các xã rà soát, đánh giá mức độ đạt tiêu chí, hoàn thành trước ngày 30 tháng 6 năm 2026.
        2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        Trần Minh Quang
        """;
}
