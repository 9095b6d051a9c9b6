using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Acronyms a question types that the documents never write (issue #11 round 8, failures of the dev half of
/// tests/eval/answers-unseen-6.jsonl): "TP.HCM" is read as the "thành phố Hồ Chí Minh" of the plan's title and issuer,
/// so the plan is found and its place known; an acronym no title, issuer or heading spells is left as typed.
/// </summary>
public sealed class AcronymExpansionTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public AcronymExpansionTests()
    {
        File.WriteAllText(_files.File("kh-55-kh-ubnd-thu-vien-truong-hoc.txt"), Plan);
        // content/ beside it, so that word rarity is that of a real knowledge base.
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void A_place_acronym_is_read_as_the_name_the_documents_write()
    {
        var expanded = _knowledge.Snapshot().Acronyms.Expand("Ai chủ trì bồi dưỡng nhân viên thư viện ở TP.HCM?", _knowledge.Snapshot().Terms);

        Assert.Contains("Hồ Chí Minh", expanded);
    }

    [Fact]
    public void An_acronym_no_name_or_heading_spells_is_left_as_typed()
    {
        const string question = "Ai chủ trì bồi dưỡng nhân viên thư viện theo QXZ?";

        Assert.Equal(question, _knowledge.Snapshot().Acronyms.Expand(question, _knowledge.Snapshot().Terms));
    }

    [Fact]
    public void A_sector_pair_joined_by_an_ampersand_is_spelled_whole_never_in_half()
    {
        var expanded = _knowledge.Snapshot().Acronyms.Expand("Sở GD&ĐT chủ trì bồi dưỡng nhân viên thư viện đến khi nào?", _knowledge.Snapshot().Terms);

        Assert.Contains("giáo dục và đào tạo", expanded);
        Assert.DoesNotContain("&", expanded);
    }

    [Fact]
    public void A_question_naming_the_city_by_its_acronym_is_answered_from_its_plan()
    {
        var result = _knowledge.Ask("Ai chủ trì bồi dưỡng nhân viên thư viện ở TP.HCM?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Sở Giáo dục và Đào tạo", result.Answer);
    }

    [Fact]
    public void The_acronym_typed_without_diacritics_keeps_the_question_read_without_them()
    {
        var result = _knowledge.Ask("ai chu tri bo sung sach cho thu vien truong hoc TPHCM?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Sở Văn hóa và Thể thao", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Plan = """
        ỦY BAN NHÂN DÂN
        THÀNH PHỐ HỒ CHÍ MINH
        Số: 55/KH-UBND
        Thành phố Hồ Chí Minh, ngày 12 tháng 3 năm 2026

        KẾ HOẠCH
        Phát triển thư viện trường học trên địa bàn thành phố Hồ Chí Minh

        I. MỤC ĐÍCH, YÊU CẦU
        1. Bảo đảm mỗi trường học trên địa bàn Thành phố có một thư viện đạt chuẩn.
        II. NHIỆM VỤ
        1. Bồi dưỡng nhân viên thư viện
        - Cơ quan chủ trì: Sở Giáo dục và Đào tạo.
        - Thời gian thực hiện: năm 2026.
        2. Bổ sung sách cho thư viện trường học
        - Cơ quan chủ trì: Sở Văn hóa và Thể thao.
        - Thời gian thực hiện: năm 2027.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Nguyễn Văn Được
        """;
}
