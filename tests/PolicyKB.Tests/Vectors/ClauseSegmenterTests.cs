using PolicyKB.Search.Indexing;

namespace PolicyKB.Tests.Vectors;

public sealed class ClauseSegmenterTests
{
    private const string Task1 = "Tăng cường công tác tuyên truyền, giáo dục sức khỏe cho người dân về phòng chống dịch bệnh.";
    private const string Task2 = "Kiện toàn mạng lưới y tế cơ sở, bảo đảm mỗi trạm y tế xã có ít nhất một bác sĩ cơ hữu làm việc.";
    private const string Task3 = "Đẩy mạnh ứng dụng công nghệ thông tin, triển khai hồ sơ sức khỏe điện tử toàn dân trên địa bàn.";
    private const string Task4 = "Nâng cao chất lượng khám bệnh, chữa bệnh bảo hiểm y tế tại tuyến xã và tuyến huyện của tỉnh.";

    [Fact]
    public void A_short_clause_has_no_segments()
    {
        Assert.Empty(ClauseSegmenter.Segments(Task1));
    }

    [Fact]
    public void A_long_clause_splits_into_its_lines()
    {
        var segments = ClauseSegmenter.Segments(string.Join('\n', Task1, Task2, Task3, Task4));

        Assert.Equal([Task1, Task2, Task3, Task4], segments);
    }

    [Fact]
    public void Short_lines_join_the_next_one_and_long_lines_split_at_sentence_ends()
    {
        var text = "Nhiệm vụ:\n" + Task1 + " " + Task2 + " " + Task3 + " " + Task4 + "\n- Năm 2025.";

        var segments = ClauseSegmenter.Segments(text);

        Assert.Equal(["Nhiệm vụ: " + Task1, Task2, Task3, Task4 + " - Năm 2025."], segments);
    }

    [Fact]
    public void A_long_clause_without_breaks_is_one_passage_and_gets_no_segments()
    {
        Assert.Empty(ClauseSegmenter.Segments(new string('a', 1000)));
    }
}
