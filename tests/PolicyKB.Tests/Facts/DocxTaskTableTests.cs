using static PolicyKB.Tests.Decoding.DocxFactory;

namespace PolicyKB.Tests.Facts;

/// <summary>Task tables in Word files: the Word decoder writes each row as one line of cells joined by " | ".</summary>
public sealed class DocxTaskTableTests
{
    [Fact]
    public void A_docx_annex_table_gives_one_task_per_row_with_lead_cooperating_and_deadline()
    {
        var docx = Create(
        [
            Para("KẾ HOẠCH", bold: true, center: true),
            Para("Triển khai chuyển đổi số y tế"),
            Para("PHỤ LỤC", bold: true, center: true),
            Table(
                ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
                ["1", "Rà soát danh mục thiết bị y tế", "SYT", "Sở Tài chính; Sở Nội vụ", "Quý II/2025"],
                ["2", "Cập nhật cơ sở dữ liệu bệnh án điện tử", "Sở Khoa học và Công nghệ", "", "Thường xuyên"]),
        ]);

        var tasks = FactsPipeline.Run(docx, ".docx").Tasks;

        Assert.Equal(2, tasks.Count);
        Assert.Equal("Sở Y tế", tasks[0].Lead);
        Assert.Equal(["Sở Tài chính", "Sở Nội vụ"], tasks[0].Cooperating);
        Assert.Equal(("2025-04-01", "2025-06-30"), (tasks[0].Deadline!.From, tasks[0].Deadline!.To));
        Assert.Equal("table", tasks[0].Source);
        Assert.Equal("Sở Khoa học và Công nghệ", tasks[1].Lead);
        Assert.Equal("recurring", tasks[1].Deadline!.Kind);
    }

    [Fact]
    public void A_docx_row_with_a_merged_or_empty_lead_cell_gives_a_partial_task_not_the_row_above_its_agency()
    {
        var docx = Create(
        [
            Para("PHỤ LỤC", bold: true, center: true),
            Table(
                ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
                ["1", "Kiểm tra an toàn thực phẩm", "Sở Y tế", "Tháng 9/2024"],
                ["2", "Tổng kết, đánh giá", "", ""]),
        ]);

        var tasks = FactsPipeline.Run(docx, ".docx").Tasks;

        Assert.Equal(2, tasks.Count);
        Assert.Null(tasks[1].Lead);
        Assert.True(tasks[1].Partial);
        Assert.Null(tasks[1].Deadline);
    }
}
