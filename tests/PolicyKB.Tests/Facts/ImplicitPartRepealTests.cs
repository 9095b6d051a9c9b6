using PolicyKB.Facts;

namespace PolicyKB.Tests.Facts;

/// <summary>"Bãi bỏ các điều 5 và 6." inside an amending article repeals parts of the amended document, though it names none.</summary>
public sealed class ImplicitPartRepealTests
{
    private const string Header = """
        BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
        Số: 09/2021/TT-BLĐTBXH
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Hà Nội, ngày 07 tháng 9 năm 2021

        THÔNG TƯ
        Sửa đổi, bổ sung một số điều của Thông tư số 08/2020/TT-BLĐTBXH ngày 10 tháng 8 năm 2020

        """;

    [Fact]
    public void A_repeal_without_a_document_in_an_amending_article_repeals_parts_of_the_amended_document()
    {
        var facts = FactsPipeline.Run(Header + """
            Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 08/2020/TT-BLĐTBXH ngày 10 tháng 8 năm 2020 như sau:
            1. Sửa đổi khoản 2 Điều 3 như sau:
            “2. Người lao động được bảo vệ việc làm.”.
            2. Bãi bỏ các điều 5 và 6.
            Điều 2. Hiệu lực thi hành
            Thông tư này có hiệu lực thi hành từ ngày 01 tháng 11 năm 2021.
            """);

        var repeal = Assert.Single(facts.Relations, r => r.Relation == RelationKinds.Repeals);
        Assert.Equal("08/2020/TT-BLĐTBXH", repeal.TargetKey);
        Assert.Equal(RelationScopes.Part, repeal.Scope);
        Assert.Equal("các điều 5 và 6", repeal.Part);
        Assert.Equal("2021-11-01", repeal.EffectiveOn);
        Assert.EndsWith("/D1.2", repeal.ClauseId, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_amended_document_a_bare_repeal_states_no_relation()
    {
        var facts = FactsPipeline.Run(Header.Replace("Sửa đổi, bổ sung một số điều của Thông tư số 08/2020/TT-BLĐTBXH ngày 10 tháng 8 năm 2020", "Quy định về bảo vệ việc làm") + """
            Điều 1. Phạm vi điều chỉnh
            1. Thông tư này quy định việc bảo vệ việc làm.
            2. Bãi bỏ các điều 5 và 6.
            """);

        Assert.DoesNotContain(facts.Relations, r => r.Relation == RelationKinds.Repeals);
    }

    [Fact]
    public void With_two_amended_documents_and_none_named_above_the_clause_the_target_stays_unknown()
    {
        var facts = FactsPipeline.Run(Header.Replace("ngày 10 tháng 8 năm 2020", "ngày 10 tháng 8 năm 2020 và Thông tư số 11/2020/TT-BLĐTBXH ngày 12 tháng 11 năm 2020") + """
            Điều 1. Nội dung sửa đổi
            1. Bãi bỏ khoản 3 Điều 7.
            """);

        Assert.DoesNotContain(facts.Relations, r => r.Relation == RelationKinds.Repeals);
    }
}
