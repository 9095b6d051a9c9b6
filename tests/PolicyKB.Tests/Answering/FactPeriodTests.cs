using PolicyKB.Answering.Facts;

namespace PolicyKB.Tests.Answering;

/// <summary>The period a question names, and which due dates fall in it.</summary>
public sealed class FactPeriodTests
{
    [Theory]
    [InlineData("trong quý II năm 2024", "2024-06-30", true)]
    [InlineData("trong quý II năm 2024", "2024-07-01", false)]
    [InlineData("trong quý IV/2021", "2021-10-01", true)]
    [InlineData("trong quý 1 năm 2022", "2021-03-31", false)]
    [InlineData("6 tháng đầu năm 2025", "2025-06-30", true)]
    [InlineData("6 tháng cuối năm 2025", "2025-06-30", false)]
    [InlineData("trước ngày 30/11/2025", "2025-11-30", true)]
    [InlineData("trước ngày 30/6/2025", "2025-12-31", false)]
    [InlineData("tháng 9/2025", "2025-09-15", true)]
    public void A_due_date_is_in_the_period_the_question_names(string phrase, string due, bool holds)
    {
        var period = FactPeriod.Read("Việc gì phải xong " + phrase + "?");

        Assert.NotNull(period);
        Assert.Equal(holds, period.Holds(due));
    }

    [Fact]
    public void A_period_without_a_year_is_compared_with_the_task_s_own_year()
    {
        var period = FactPeriod.Read("Việc gì phải xong trước 30/6?");

        Assert.NotNull(period);
        Assert.Null(period.Year);
        Assert.True(period.Holds("2021-03-05"));
        Assert.False(period.Holds("2021-11-30"));
    }

    [Theory]
    [InlineData("Việc gì phải xong trước ngày nào?")]
    [InlineData("Sở Y tế phải làm gì?")]
    [InlineData("Việc gì phải xong trước 31/2?")]
    [InlineData("Kế hoạch năm 2024 có những nhiệm vụ nào?")]
    public void A_question_naming_no_period_has_none(string question)
    {
        Assert.Null(FactPeriod.Read(question));
    }

    [Fact]
    public void A_task_without_a_resolved_date_is_in_no_period()
    {
        var period = FactPeriod.Read("trong quý II năm 2024");

        Assert.NotNull(period);
        Assert.False(period.Holds(null));
        Assert.False(period.Holds("hằng năm"));
    }
}
