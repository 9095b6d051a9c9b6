using PolicyKB.Web.Services;

namespace PolicyKB.Tests.Web;

/// <summary>
/// The document list's search box covers title, number and issuer; words typed without diacritics match any spelling,
/// words typed with them match that spelling only (so Hà Tĩnh does not find Hà Giang's "tỉnh").
/// </summary>
public sealed class DocumentListSearchTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Theory]
    [InlineData("Sở Y tế tỉnh Hà Giang", new[] { "ha-giang-2021-ky-niem-ngay-thay-thuoc" })]
    [InlineData("so y te ha giang", new[] { "ha-giang-2021-ky-niem-ngay-thay-thuoc" })]
    [InlineData("UBND huyện Sơn Dương", new[] { "son-duong-2021-cong-tac-y-te-huyen" })]
    [InlineData("Hà Tĩnh", new[] { "ha-tinh-2021-thi-dua-nganh-y-te", "ha-tinh-2024-cung-co-y-te-co-so" })]
    [InlineData("Sở Y tế Thanh Hoá", new[] { "thanh-hoa-2021-ke-hoach-hanh-dong-y-te" })]
    [InlineData("36/KH-SYT", new[] { "ha-giang-2021-ky-niem-ngay-thay-thuoc" })]
    public async Task The_search_box_finds_documents_by_issuer_title_or_number(string q, string[] expected)
    {
        var page = await app.CreateClient().GetOk("/api/documents?pageSize=20&q=" + Uri.EscapeDataString(q));

        Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Sở Y tế tỉnh Hà Giang", "Hà Tĩnh", false)] // "tỉnh" is not "Tĩnh"
    [InlineData("Sở Y tế tỉnh Hà Giang", "ha tinh", true)] // typed without diacritics: any spelling
    [InlineData("Sở Y tế tỉnh Thanh Hóa", "Thanh Hoá", true)] // the tone mark's place is free
    [InlineData("Sở Y tế tỉnh Thanh Hóa", "Thanh Hòa", false)]
    [InlineData("UBND tỉnh Hà Tĩnh", "Hà Tĩ", true)] // the last word is still being typed
    [InlineData("UBND tỉnh Hà Tĩnh", "Hà Tin", true)]
    [InlineData("Sở Y tế Hà Tĩnh", "Hà Tỉn", false)]
    public void A_word_typed_with_diacritics_matches_that_spelling_only(string text, string query, bool matches)
    {
        Assert.Equal(matches, ListQueryMatch.Matches(text, query));
    }
}
