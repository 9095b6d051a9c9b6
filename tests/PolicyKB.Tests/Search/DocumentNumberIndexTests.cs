using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Search.References;

namespace PolicyKB.Tests.Search;

public sealed class DocumentNumberIndexTests
{
    private static readonly DocumentNumberIndex Index = new([
        Doc("kh36", "Kế hoạch", "36/KH-SYT", "Tổ chức kỷ niệm ngày Thầy thuốc Việt Nam", "Sở Y tế tỉnh Hà Giang"),
        Doc("qd01-th", "Quyết định", "01/QĐ-UBND", "Ban hành kế hoạch hành động ngành y tế", "UBND tỉnh Thanh Hóa"),
        Doc("qd01-hg", "Quyết định", "01/QĐ-UBND", "Phê duyệt quy hoạch", "UBND tỉnh Hà Giang"),
        Doc("tt10-21", "Thông tư", "10/2021/TT-NHNN", "Tái cấp vốn", "Ngân hàng Nhà nước Việt Nam"),
        Doc("tt10-22", "Thông tư", "10/2022/TT-BKHĐT", "Cung cấp, đăng tải thông tin", "Bộ Kế hoạch và Đầu tư"),
        Doc("nd61", "Nghị định", null, "Của Chính phủ số 61-CP ngày 05 tháng 7 năm 1994 về mua bán và kinh doanh nhà ở", "Chính phủ"),
    ]);

    [Theory]
    [InlineData("KH 36 Hà Giang", "kh36")]
    [InlineData("kế hoạch 36/KH-SYT", "kh36")]
    [InlineData("ke hoach so 36", "kh36")]
    [InlineData("TT 10/2022 BKHĐT", "tt10-22")]
    [InlineData("thong tu 10 2021", "tt10-21")]
    [InlineData("Nghị định 61-CP", "nd61")]
    [InlineData("nghi dinh 61/CP", "nd61")]
    [InlineData("qd 01 ubnd thanh hoa", "qd01-th")]
    [InlineData("QĐ 01 Hà Giang", "qd01-hg")]
    public void A_query_naming_a_documents_own_number_finds_it_first(string query, string expected) =>
        Assert.Equal(expected, Index.Find(query, new SearchFilters()).First().Id);

    [Theory]
    [InlineData("Nghị định 36")] // the type contradicts: 36 is a Kế hoạch
    [InlineData("TT 10/2020")] // no Thông tư 10 of 2020
    [InlineData("KH 36/KH-UBND")] // issuer code contradicts
    [InlineData("bảo hiểm y tế 36")] // a number without a type or code names nothing
    public void A_number_that_contradicts_every_document_finds_none(string query) =>
        Assert.Empty(Index.Find(query, new SearchFilters()));

    private static PolicyDocument Doc(string id, string type, string? number, string title, string issuer) => new()
    {
        Id = id, Source = id + ".txt", ContentHash = id,
        Metadata = new DocumentMetadata { Type = type, Number = number, Title = title, Issuer = issuer },
    };
}
