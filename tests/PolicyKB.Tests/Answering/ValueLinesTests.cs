using PolicyKB.Answering.Text;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A long clause is cut into units at line breaks, but not between a statement and its value: a range's second year
/// and the amounts a flattened table puts under their row stay in the unit (issue #11, chat19b: quotes cut there held no
/// asked value).
/// </summary>
public sealed class ValueLinesTests
{
    private static readonly string Filler = string.Concat(Enumerable.Repeat("Nội dung chi khác thực hiện theo quy định hiện hành của Thành phố. ", 6));

    [Fact]
    public void A_table_row_keeps_the_amounts_under_it()
    {
        var units = SentenceSplitter.Split(Filler + "\nChủ trì cuộc họp\n500.000 đồng/người/buổi\n400.000 đồng/người/buổi\n* *\nThư ký cuộc họp\n300.000 đồng/người/buổi");

        Assert.Contains("Chủ trì cuộc họp 500.000 đồng/người/buổi 400.000 đồng/người/buổi", units);
        Assert.Contains("Thư ký cuộc họp 300.000 đồng/người/buổi", units);
    }

    [Fact]
    public void A_range_cut_after_its_first_year_is_read_whole()
    {
        var units = SentenceSplitter.Split(Filler + "\nChương trình giảm nghèo bền vững giai đoạn 2021\n- 2025 trên địa bàn tỉnh.");

        Assert.Contains(units, u => u.Contains("giai đoạn 2021 - 2025 trên địa bàn tỉnh", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_ending_a_sentence_or_a_number_is_not_joined_to_the_next()
    {
        var units = SentenceSplitter.Split(Filler + "\nMức chi như sau.\n100.000 đồng/người/buổi\nSố người: 12\n50% kinh phí còn lại");

        Assert.Contains("100.000 đồng/người/buổi", units);
        Assert.Contains("50% kinh phí còn lại", units);
    }
}
