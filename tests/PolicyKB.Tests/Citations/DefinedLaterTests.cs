using PolicyKB.Citations;

namespace PolicyKB.Tests.Citations;

/// <summary>
/// A capital heading naming a document by the short name that the text below it defines ("NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT
/// …" above "Nghị định số 200/2025/NĐ-CP … (sau đây viết tắt là Nghị định)") cites that document once the definition
/// has been read.
/// </summary>
public sealed class DefinedLaterTests
{
    private const string Heading = "KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ";
    private const string Definition =
        "Thực hiện Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ quy định chi tiết một số điều của Luật Phòng thủ dân sự (sau đây viết tắt là Nghị định).";

    private static readonly CitationExtractor Extractor = CitationExtractor.CreateDefault();

    [Fact]
    public void A_capital_heading_above_the_definition_cites_the_defined_document_once_the_definition_is_read()
    {
        var scope = new CitationScope();
        Assert.DoesNotContain(Extractor.Extract(Heading, scope), m => m.Key == "200/2025/NĐ-CP");
        Extractor.Extract(Definition, scope);

        var late = Extractor.ExtractDefinedLater(Heading, scope);

        var match = Assert.Single(late);
        Assert.Equal("200/2025/NĐ-CP", match.Key);
        Assert.Equal("NGHỊ ĐỊNH", match.Raw);
        Assert.Equal(Heading.IndexOf("NGHỊ ĐỊNH", StringComparison.Ordinal), match.Start);
    }

    [Fact]
    public void A_title_cased_heading_above_the_definition_cites_the_defined_document_too()
    {
        var scope = new CitationScope();
        Extractor.Extract(Definition, scope);

        var match = Assert.Single(Extractor.ExtractDefinedLater("Kế hoạch triển khai thi hành Nghị định quy định chi tiết một số điều", scope));
        Assert.Equal("200/2025/NĐ-CP", match.Key);
    }

    [Fact]
    public void Type_words_the_document_did_not_define_and_the_common_noun_stay_uncited()
    {
        var scope = new CitationScope();
        Extractor.Extract(Definition, scope);

        Assert.Empty(Extractor.ExtractDefinedLater("THỰC HIỆN THÔNG TƯ HƯỚNG DẪN VÀ CÁC nghị định liên quan", scope));
    }

    [Fact]
    public void Without_a_definition_a_capital_type_word_cites_nothing()
    {
        var scope = new CitationScope();
        Extractor.Extract("Thực hiện Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ.", scope);

        Assert.Empty(Extractor.ExtractDefinedLater(Heading, scope));
    }
}
