using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Tables flattened one cell per line, as web pages print them (issue #11, dev failures U7K05, U8L01 and U8L09): a task
/// row whose lead cell names several agencies answers with all of them, and a question about one row of a task or rate
/// table is answered by the row, its cells named by their column titles, not by a lone line of it.
/// </summary>
public sealed class TableRowAnswerTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public TableRowAnswerTests()
    {
        File.WriteAllText(_files.File("kh-505-ubnd-chuyen-doi-so-truong-hoc.txt"), Plan);
        File.WriteAllText(_files.File("nq-21-2026-hdnd-hoc-phi.txt"), Fees);
        _knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    [Fact]
    public void The_lead_of_a_task_row_naming_two_agencies_is_both_of_them()
    {
        var result = _knowledge.Ask("Theo Kế hoạch 505/KH-UBND, cơ quan nào chủ trì xây dựng kho học liệu số dùng chung?");

        Assert.False(result.Refused, result.Answer);
        var statement = result.Answer.Split('\n')[0];
        Assert.Contains("Sở Giáo dục và Đào tạo", statement);
        Assert.Contains("Ủy ban nhân dân các xã, phường", statement);
        Assert.DoesNotContain("Sở Tài chính cùng", statement);
    }

    [Fact]
    public void Which_agencies_lead_a_task_is_answered_when_its_row_names_several()
    {
        var result = _knowledge.Ask("Những cơ quan nào chủ trì xây dựng kho học liệu số dùng chung ở Hòa Bình Xanh?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Ủy ban nhân dân các xã, phường", result.Answer.Split('\n')[0]);
    }

    [Fact]
    public void Who_looks_after_a_task_is_asked_in_everyday_words()
    {
        var result = _knowledge.Ask("Ai lo khen thưởng trường học có thành tích chuyển đổi số theo Kế hoạch 505/KH-UBND?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Sở Nội vụ", result.Answer.Split('\n')[0]);
    }

    [Fact]
    public void A_rate_asked_of_one_row_is_answered_by_the_row_with_its_column_titles_and_unit()
    {
        var result = _knowledge.Ask("Học phí mầm non công lập ở phường theo Nghị quyết 21/2026/NQ-HĐND là bao nhiêu một tháng?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Khu vực thành thị (phường): 140 nghìn đồng/người học/tháng", result.Answer);
        Assert.Contains("«Giáo dục mầm non 90 140»", result.Answer);
        Assert.True(result.Verification!.Passed, result.Answer);
    }

    [Fact]
    public void A_sub_row_under_a_group_row_is_read_with_the_group()
    {
        var result = _knowledge.Ask("Học phí trung học phổ thông công lập ở xã theo Nghị quyết 21/2026/NQ-HĐND là bao nhiêu?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Giáo dục phổ thông – Trung học phổ thông; Khu vực nông thôn (xã): 150", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Plan = """
        ỦY BAN NHÂN DÂN
        TỈNH HÒA BÌNH XANH
        Số: 505/KH-UBND
        Hòa Bình Xanh, ngày 02 tháng 3 năm 2026

        KẾ HOẠCH
        Chuyển đổi số trong trường học trên địa bàn tỉnh

        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        Đẩy mạnh ứng dụng công nghệ số trong dạy và học tại các trường học của tỉnh.
        II. TỔ CHỨC THỰC HIỆN
        Các sở, ngành và địa phương thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Nguyễn Văn Bình

        PHỤ LỤC

        DANH MỤC NHIỆM VỤ TRỌNG TÂM

        (Kèm theo Kế hoạch số 505/KH-UBND ngày 02/3/2026 của Ủy ban nhân dân tỉnh)

        |
        STT
        |
        Tên nhiệm vụ
        |
        Cơ quan chủ trì
        |
        Cơ quan phối hợp
        |
        Thời gian hoàn thành
        |
        |
        **I.
        NÂNG CAO NHẬN THỨC**
        |
        |
        1
        |
        Khen thưởng các trường học có thành tích trong chuyển đổi số.
        |
        Sở Nội vụ
        |
        Sở Giáo dục và Đào tạo
        |
        Hằng năm
        |
        |
        2
        |
        Xây dựng kho học liệu số dùng chung cho các trường học.
        |
        Sở Giáo dục và Đào tạo; UBND các xã, phường
        |
        Sở Tài chính
        |
        Quý IV/2026
        |
        |
        """;

    private const string Fees = """
        HỘI ĐỒNG NHÂN DÂN
        TỈNH HÒA BÌNH XANH
        Số: 21/2026/NQ-HĐND
        Hòa Bình Xanh, ngày 10 tháng 3 năm 2026

        NGHỊ QUYẾT
        Quy định mức học phí đối với cơ sở giáo dục công lập năm học 2026 - 2027 trên địa bàn tỉnh Hòa Bình Xanh

        Điều 1. Phạm vi điều chỉnh
        Nghị quyết này quy định mức học phí đối với cơ sở giáo dục mầm non, giáo dục phổ thông công lập trên địa bàn tỉnh.
        Điều 2. Mức học phí
        1. Mức học phí đối với cơ sở giáo dục mầm non, giáo dục phổ thông công lập như sau:
        *Đơn vị tính: Nghìn đồng/người học/tháng.*
        |
        **STT**
        |
        **Cấp học**
        |
        **Khu vực nông thôn (xã)**
        |
        **Khu vực thành thị (phường)**
        |
        |
        1
        |
        Giáo dục mầm non
        |
        90
        |
        140
        |
        |
        2
        |
        Giáo dục phổ thông
        |

        |

        |

        |
        |

        |
        Tiểu học
        |
        90
        |
        140
        |
        |

        |
        Trung học phổ thông
        |
        150
        |
        220
        |
        |
        2. Học sinh tiểu học được miễn học phí theo quy định.
        Điều 3. Hiệu lực thi hành
        Nghị quyết này có hiệu lực từ ngày 20 tháng 3 năm 2026.
        """;
}
