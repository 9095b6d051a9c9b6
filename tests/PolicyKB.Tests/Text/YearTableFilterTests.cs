using PolicyKB.Text.YearTables;

namespace PolicyKB.Tests.Text;

/// <summary>
/// A year-by-value table is looked for at every short line; its header (one to four words, at most one qualifier, then
/// years) is recognised from the first words ahead, so the lines after a line that cannot open one are not read.
/// </summary>
public sealed class YearTableFilterTests
{
    /// <summary>Lines are given joined by "|".</summary>
    [Theory]
    [InlineData("Năm Trước|1995|1995 1996 1997")]
    [InlineData("Năm||2023 2024 2025")]
    [InlineData("Mức lương cơ sở Trước|2020 2021")]
    public void A_header_of_words_then_years_may_open_a_table(string lines) => Assert.True(YearTableReader.MayOpenTable(lines.Split('|'), 0));

    [Theory]
    [InlineData("Mức|điều|chỉnh|5,63|1995")]
    [InlineData("Căn cứ Luật Bảo hiểm xã hội năm 2014")]
    [InlineData("1995 1996")]
    [InlineData("Thủ trưởng các cơ quan, đơn vị|2024")]
    [InlineData("Năm")]
    public void Words_without_a_year_within_a_headers_reach_open_none(string lines) => Assert.False(YearTableReader.MayOpenTable(lines.Split('|'), 0));

    [Fact]
    public void A_table_still_reads_after_the_check()
    {
        string[] lines = ["Năm Trước", "1995", "1995 1996", "Mức", "điều", "chỉnh", "5,63", "4,78 4,51", "Xong."];

        var table = YearTableReader.Read(lines, 0);

        Assert.NotNull(table);
        Assert.Equal("Mức điều chỉnh: năm trước 1995 5,63; năm 1995 4,78; năm 1996 4,51.", Assert.Single(table.Rows).Value);
    }
}
