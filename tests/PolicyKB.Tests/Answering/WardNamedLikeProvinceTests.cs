using PolicyKB.Answering.Text;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Since the 2025 merger many wards and communes bear a former province's name ("phường Bắc Giang" in Bắc Ninh): a
/// question naming one asks about that ward, not about the province (issue #11 round 23, dev half of
/// tests/eval/answers-unseen-20.jsonl, where it was refused as "không thuộc địa phương được hỏi").
/// </summary>
public sealed class WardNamedLikeProvinceTests
{
    private static readonly string[] Provinces = PlaceNames.Provinces.Select(PlaceNames.Key).ToArray();

    [Theory]
    [InlineData("Ở phường Bắc Giang có những địa điểm nào được tổ chức hội chợ?")]
    [InlineData("Hội chợ ở xã Yên Bái tổ chức ở đâu?")]
    [InlineData("o phuong Bac Giang to chuc hoi cho o dau?")]
    public void A_name_after_a_ward_or_commune_word_is_no_province(string question) =>
        Assert.Empty(PlaceNames.Named(question, Provinces));

    [Theory]
    [InlineData("Tỉnh Bắc Giang tổ chức hội chợ ở đâu?", "bac giang")]
    [InlineData("Bắc Ninh có những địa điểm hội chợ nào?", "bac ninh")]
    public void A_province_named_alone_or_as_a_province_is_kept(string question, string place) =>
        Assert.Equal([place], PlaceNames.Named(question, Provinces));
}
