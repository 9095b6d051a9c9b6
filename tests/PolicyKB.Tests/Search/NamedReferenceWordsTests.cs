using PolicyKB.Search.References;

namespace PolicyKB.Tests.Search;

/// <summary>
/// A document known by name only ("Luật Dược") is named by its words whole, as written when the query writes
/// diacritics (issue #11 round 23, dev half of tests/eval/answers-unseen-20.jsonl): "pháp luật được dùng làm căn cứ"
/// folds to the same letters as "Luật Dược" and was refused as a question about an unstored law.
/// </summary>
public sealed class NamedReferenceWordsTests
{
    private static readonly string[] Keys = ["Luật Dược", "Luật Giáo dục", "25-CT/TW"];

    [Theory]
    [InlineData("Chương trình về hoàn thiện thể chế, pháp luật được dùng làm căn cứ là chương trình số mấy?")]
    [InlineData("Văn bản này quy định về giáo dục nghề nghiệp ra sao?")]
    public void Words_that_only_fold_like_a_name_name_no_document(string query) =>
        Assert.DoesNotContain(new ReferenceQueryParser(Keys).Resolve(query), k => k.StartsWith("Luật", StringComparison.Ordinal));

    [Theory]
    [InlineData("Luật Dược quy định gì về nhà thuốc?", "Luật Dược")]
    [InlineData("luat duoc quy dinh gi ve nha thuoc?", "Luật Dược")]
    [InlineData("Theo luật giáo dục, học sinh có quyền gì?", "Luật Giáo dục")]
    public void A_name_written_whole_names_its_document(string query, string key) =>
        Assert.Contains(key, new ReferenceQueryParser(Keys).Resolve(query));
}
