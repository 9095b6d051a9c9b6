using PolicyKB.Answering.Text;

namespace PolicyKB.Tests.Answering;

/// <summary>Column names of headers stacked over several rows (StackedHeader).</summary>
public sealed class StackedHeaderTests
{
    [Fact]
    public void A_group_over_two_sub_columns_names_both()
    {
        var names = StackedHeader.Columns(["Tên dự án", "Diện tích (ha)", "Kinh phí", "Ghi chú", "Trung ương", "Địa phương"], 5, new HashSet<int> { 0, 4 });
        Assert.Equal(["Tên dự án", "Diện tích (ha)", "Kinh phí – Trung ương", "Kinh phí – Địa phương", "Ghi chú"], names);
    }

    [Fact]
    public void Single_columns_come_first_along_the_top_row_when_nothing_else_decides()
    {
        // "Tên dự án" could stand over the two sub-columns as well: a table opens with its name column, so the later cell groups.
        var names = StackedHeader.Columns(["Tên dự án", "Kinh phí", "Trung ương", "Địa phương"], 3);
        Assert.Equal(["Tên dự án", "Kinh phí – Trung ương", "Kinh phí – Địa phương"], names);
    }

    [Fact]
    public void Titles_that_cannot_stack_over_the_columns_are_not_read()
    {
        // Eight titles cannot stack over three columns (a tree of three leaves holds four cells below its top at most).
        Assert.Null(StackedHeader.Columns(["A", "B", "C", "D", "E", "F", "G", "H"], 3));
    }
}
