using System.Text;
using PolicyKB.Facts;

namespace PolicyKB.Tests.Facts;

/// <summary>Odd and hostile input never crashes the facts layer and never yields an invented value.</summary>
public sealed class FactsRobustnessTests
{
    public static TheoryData<string> OddPhrases =>
    [
        "", " ", "ngày   tháng 01 năm 2021", "trước ngày  /  /2021", "Quý V/2025", "Tháng 13/2024", "trước ngày 31/02/2025",
        "hoàn thành trong tháng", "2026 - 2020", "99999999999999999999%", "Tỷ lệ: %", ":", "|", "| | |", "1,2,3,4,5",
        new string('9', 5000), string.Concat(Enumerable.Repeat("trước ngày ", 3000)), "Tỷ lệ 1.234.567,89,1%",
        "KT.", "TM. ỦY BAN NHÂN DÂN", "Nghị định này bãi bỏ", "thay thế Quyết định số", "Sở", "Giao", "phối hợp với",
    ];

    [Theory]
    [MemberData(nameof(OddPhrases))]
    public void Odd_phrases_give_a_partial_fact_or_none_and_never_throw(string phrase)
    {
        var deadline = DeadlineReader.ReadCell(phrase);
        DeadlineReader.Find(phrase);
        TargetReader.Read(phrase);
        TaskPhrases.Cooperating(phrase);
        TaskPhrases.LeadingAgency(phrase);
        AgencyNames.Canonical(phrase);
        // A date range is only given when the text holds a year: nothing is guessed.
        if (deadline?.From is not null) Assert.Matches(@"(19|20)\d\d", phrase);
    }

    [Fact]
    public void A_deadline_without_a_year_has_no_range()
    {
        var deadline = DeadlineReader.ReadCell("Tháng 12");
        Assert.NotNull(deadline);
        Assert.Equal("unknown", deadline.Kind);
        Assert.Null(deadline.From);
        Assert.Null(deadline.To);
    }

    [Fact]
    public void A_date_with_a_blank_day_gives_its_month_only()
    {
        var facts = FactsPipeline.Run("SỞ Y TẾ\nSố: /KH-SYT\nThanh Hóa, ngày   tháng 01 năm 2021\nKẾ HOẠCH\nHành động năm 2021\nI. MỤC TIÊU\n1. Kiểm soát dịch bệnh.\n");
        Assert.Equal("2021-01", facts.IssuedOn);
        Assert.False(facts.IssuedOnInferred);
    }

    [Fact]
    public void A_table_with_merged_missing_and_extra_cells_stays_safe()
    {
        var text = "PHỤ LỤC\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n| --- | --- | --- | --- |\n| 1 | Kiểm tra | |\n| 2 |\n| 3 | Tập huấn | Sở Y tế | 2025 | thừa | thừa |\n|  |  |  |  |\n";
        var tasks = FactsPipeline.Run(text, ".md").Tasks;
        Assert.All(tasks, t => Assert.True(t.Lead is not null || t.Partial));
        Assert.Contains(tasks, t => t.Lead == "Sở Y tế" && t.Text == "Tập huấn");
        Assert.DoesNotContain(tasks, t => t.Text == "Kiểm tra" && t.Lead is not null);
    }

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(20251205);
        const string alphabet = "|:;.,-+*()/0123456789 \nSởBộUBNDtrướcngàytháng nămQuýIIVđạt%>≥Điều KT.TM.Giaochủ trìphối hợp vớibãi bỏthay thếSTTTT";
        for (var round = 0; round < 200; round++)
        {
            var sb = new StringBuilder("KẾ HOẠCH\n");
            var length = random.Next(0, 400);
            for (var i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]);
            var facts = FactsPipeline.Run(sb.ToString());
            Assert.NotNull(facts);
        }
    }
}
