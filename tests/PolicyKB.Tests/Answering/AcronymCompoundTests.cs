using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Two acronyms joined by "&amp;" name one thing (issue #11 round 25, U21K11 of the dev half of answers-unseen-21): read
/// by parts, the "NN" of "Bộ NN&amp;MT" is as often "nhà nước" as "nông nghiệp", and which spelling won hung on how an
/// unrelated clause tree framed its headings (a decision's Điều 2 under a false appendix or in its body). The compound is
/// spelled whole, as the abbreviation list has it, or left as typed when nothing spells it; never read by its halves.
/// </summary>
public sealed class AcronymCompoundTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public AcronymCompoundTests()
    {
        File.WriteAllText(_files.File("qd-25-qd-ttg-quy-hoach-khoang-san.txt"), Decision);
        // content/ beside it, so that word rarity is that of a real knowledge base.
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void A_compound_acronym_is_spelled_whole_not_read_by_its_ambiguous_halves()
    {
        const string question = "Quyết định 25/QĐ-TTg ban hành theo đề nghị của Bộ NN&MT tại văn bản nào?";

        var expanded = _knowledge.Snapshot().Acronyms.Expand(question, _knowledge.Snapshot().Terms);

        Assert.Contains("Bộ nông nghiệp và môi trường tại văn bản nào", expanded, StringComparison.Ordinal);
        Assert.DoesNotContain("nhà nước", expanded, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compound_acronym_no_name_or_heading_spells_is_left_as_typed()
    {
        const string question = "Quyết định 25/QĐ-TTg giao Ban QX&ZY việc gì?";

        Assert.Equal(question, _knowledge.Snapshot().Acronyms.Expand(question, _knowledge.Snapshot().Terms));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Decision = """
        THỦ TƯỚNG CHÍNH PHỦ
        Số: 25/QĐ-TTg
        Hà Nội, ngày 24 tháng 11 năm 2025

        QUYẾT ĐỊNH
        Phê duyệt điều chỉnh quy hoạch thăm dò, khai thác khoáng sản

        Căn cứ Luật Địa chất và khoáng sản ngày 29 tháng 11 năm 2024;
        Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường tại văn bản số 8004/BNNMT-ĐCKS ngày 17 tháng 10 năm 2025.

        QUYẾT ĐỊNH:
        Điều 1. Phê duyệt điều chỉnh quy hoạch thăm dò, khai thác khoáng sản tại các khu vực kèm theo Quyết định này.
        Điều 2. Trách nhiệm của Bộ Nông nghiệp và Môi trường
        Tổ chức thực hiện quy hoạch theo quy định của pháp luật về quản lý nhà nước đối với khoáng sản.
        Điều 3. Quản lý nhà nước về khoáng sản
        Ủy ban nhân dân các tỉnh quản lý khoáng sản theo quy hoạch.
        Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.
        """;
}
