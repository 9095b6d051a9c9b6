using PolicyKB.Answering.Answers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A preamble's enacting formula ("Ủy ban nhân dân tỉnh ban hành Quyết định quy định mức chi …") only restates the
/// document's title (issue #11 round 9, failures of the dev half of tests/eval/answers-unseen-7.jsonl in two
/// documents): a question asking more than the title ("ban hành theo đề nghị của ai?") is answered by the preamble
/// sentence stating it, while a question asking only what the title says still quotes the formula.
/// </summary>
public sealed class EnactingFormulaTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public EnactingFormulaTests()
    {
        File.WriteAllText(_files.File("qd-77-2026-qd-ubnd-muc-chi-kiem-dem-dat.txt"), Decision);
        // content/ beside it, so that word rarity is that of a real knowledge base.
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void Who_proposed_the_decision_is_answered_by_the_proposal_not_by_the_enacting_formula()
    {
        var result = _knowledge.Ask("Quyết định mức chi kiểm đếm đất đai của tỉnh Phú Yên ban hành theo đề nghị của ai?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Sở Nông nghiệp và Môi trường", result.Answer);
    }

    [Fact]
    public void The_enacting_formula_restates_the_title() =>
        Assert.True(SentenceScorer.RestatesName("Ủy ban nhân dân tỉnh ban hành Quyết định quy định mức chi kiểm đếm đất đai trên địa bàn tỉnh Phú Yên.",
            Keys("Quyết định Quy định mức chi kiểm đếm đất đai trên địa bàn tỉnh Phú Yên"), folded: false));

    [Fact]
    public void A_sentence_with_words_of_its_own_does_not_restate_the_title() =>
        Assert.False(SentenceScorer.RestatesName("Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 12/TTr-SNNMT.",
            Keys("Quyết định Quy định mức chi kiểm đếm đất đai trên địa bàn tỉnh Phú Yên"), folded: false));

    private static HashSet<string> Keys(string text) => PolicyKB.Answering.Text.SyllableKeys.Keys(text, false).ToHashSet(StringComparer.Ordinal);

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Decision = """
        ỦY BAN NHÂN DÂN
        TỈNH PHÚ YÊN
        Số: 77/2026/QĐ-UBND
        Phú Yên, ngày 05 tháng 3 năm 2026

        QUYẾT ĐỊNH
        Quy định mức chi kiểm đếm đất đai trên địa bàn tỉnh Phú Yên

        ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
        *Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*
        *Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;*
        *Căn cứ Luật Đất đai số 31/2024/QH15;*
        *Căn cứ Nghị định số 88/2024/NĐ-CP của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất;*
        *Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường;*
        *Ủy ban nhân dân tỉnh ban hành Quyết định quy định mức chi kiểm đếm đất đai trên địa bàn tỉnh Phú Yên.*
        Điều 1. Mức chi kiểm đếm đất đai là 150.000 đồng/người/ngày.
        Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2026.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Trần Văn Bình
        """;
}
