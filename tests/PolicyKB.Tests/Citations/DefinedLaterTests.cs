using PolicyKB.Citations;
using PolicyKB.Tests.Support;

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

    [Fact]
    public void Both_passes_over_a_document_at_once_find_what_the_two_passes_clause_by_clause_find()
    {
        var documents = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "content"))
            .Select(f => File.ReadAllText(f).Split('\n').ToList())
            .Append([Heading, "", "THỰC HIỆN THÔNG TƯ", Definition, Heading, "Kế hoạch triển khai thi hành Nghị định quy định chi tiết"])
            .ToList();

        foreach (var texts in documents)
        {
            var scope = new CitationScope();
            var found = texts.Select(t => Extractor.Extract(t, scope)).ToList();
            var late = texts.Select(t => Extractor.ExtractDefinedLater(t, scope)).ToList();

            var (foundAtOnce, lateAtOnce) = Extractor.ExtractDocument(texts, new CitationScope());

            Assert.Equal(found.Select(Describe), foundAtOnce.Select(Describe));
            Assert.Equal(late.Select(Describe), lateAtOnce.Select(Describe));
        }
        // The last document defines a short name and uses it before and after: the second pass has something to find.
        Assert.Contains(Extractor.ExtractDocument(documents[^1], new CitationScope()).DefinedLater[0], m => m.Key == "200/2025/NĐ-CP");
    }

    private static string Describe(IReadOnlyList<CitationMatch> matches) =>
        string.Join("; ", matches.Select(m => $"{m.Start}+{m.Length} {m.Key} {m.Type} {m.Number} {m.Date} {m.Issuer} {m.Name} {m.Raw}"));
}
