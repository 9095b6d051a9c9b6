using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Four small documents written for the answer-type tests (a delegation decision, a circular that makes an older one
/// lapse, a plan whose tasks repeat its title words, a plan whose sections state their tasks and leads), in a knowledge base configured as shipped.
/// </summary>
public sealed class AnswerTypeKnowledgeBase : IDisposable
{
    private readonly TempDirectory _files = new();

    public AnswerTypeKnowledgeBase()
    {
        File.WriteAllText(_files.File("qd-777-ubnd-uy-quyen.txt"), Delegation);
        File.WriteAllText(_files.File("tt-55-2026-tt-bxd-muc-luong-ky-su.txt"), Circular);
        File.WriteAllText(_files.File("kh-321-ubnd-truyen-thong-phong-chong-thien-tai.txt"), Plan);
        File.WriteAllText(_files.File("kh-88-ubnd-thi-hanh-luat-thu-vien.txt"), LawPlan);
        Knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    public SeedKnowledgeBase Knowledge { get; }

    public void Dispose()
    {
        Knowledge.Dispose();
        _files.Dispose();
    }

    private const string Delegation = """
        ỦY BAN NHÂN DÂN
        TỈNH BÌNH MINH
        Số: 777/QĐ-UBND
        Bình Minh, ngày 10 tháng 3 năm 2026

        QUYẾT ĐỊNH
        Về việc ủy quyền cho Giám đốc Sở Tư pháp thực hiện nhiệm vụ trong lĩnh vực hộ tịch

        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH MINH
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
        Căn cứ Nghị định số 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015 của Chính phủ quy định chi tiết một số điều của Luật Hộ tịch;

        QUYẾT ĐỊNH:
        Điều 1. Ủy quyền Giám đốc Sở Tư pháp thực hiện nhiệm vụ trong lĩnh vực hộ tịch, cụ thể:
        1. Cấp, thu hồi Giấy xác nhận tình trạng hôn nhân có yếu tố nước ngoài quy định tại khoản 6 Điều 38 Nghị định số 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015 của Chính phủ.
        2. Cấp bản sao trích lục hộ tịch từ sổ hộ tịch lưu tại Sở Tư pháp.
        3. Chỉ định tổ chức hành nghề công chứng tham gia ghi chép sổ hộ tịch điện tử.
        Điều 2. Thời gian ủy quyền: Kể từ ngày Quyết định được ban hành đến hết ngày 31/12/2027, trừ trường hợp quy định của pháp luật có thay đổi.
        Điều 3. Giám đốc Sở Tư pháp tỉnh Bình Minh:
        1. Chịu trách nhiệm trước pháp luật và Chủ tịch Ủy ban nhân dân tỉnh về việc thực hiện các nội dung được ủy quyền;
        2. Tham mưu thay đổi trình tự, thủ tục, thẩm quyền thực hiện các nhiệm vụ được ủy quyền tại Điều 1.
        3. Định kỳ hằng năm báo cáo kết quả thực hiện.
        Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này. Quyết định này có hiệu lực thi hành kể từ ngày ký.

        CHỦ TỊCH
        Lê Văn Minh
        """;

    private const string Circular = """
        BỘ XÂY DỰNG
        Số: 55/2026/TT-BXD
        Hà Nội, ngày 05 tháng 5 năm 2026

        THÔNG TƯ
        Quy định mức lương của kỹ sư tư vấn giám sát công trình

        Căn cứ Nghị định số 33/2025/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Xây dựng;
        Bộ trưởng Bộ Xây dựng ban hành Thông tư quy định mức lương của kỹ sư tư vấn giám sát công trình.

        Điều 1. Phạm vi điều chỉnh
        Thông tư này quy định mức lương của kỹ sư tư vấn giám sát công trình làm cơ sở lập dự toán gói thầu.
        Điều 2. Mức lương của kỹ sư tư vấn giám sát
        1. Mức lương Bậc 1 không quá 45.000.000 đồng/tháng đối với kỹ sư có từ 10 năm kinh nghiệm trở lên.
        2. Mức lương Bậc 2 không quá 30.000.000 đồng/tháng đối với kỹ sư có dưới 10 năm kinh nghiệm.
        Điều 3. Hiệu lực thi hành
        1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.
        2. Thông tư số 12/2024/TT-BXD ngày 07 tháng 5 năm 2024 của Bộ trưởng Bộ Xây dựng quy định mức lương của kỹ sư tư vấn giám sát công trình hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.

        KT. BỘ TRƯỞNG
        THỨ TRƯỞNG
        Trần Văn Bình
        """;

    private const string Plan = """
        ỦY BAN NHÂN DÂN
        TỈNH BÌNH MINH
        Số: 321/KH-UBND
        Bình Minh, ngày 19 tháng 11 năm 2025

        KẾ HOẠCH
        Truyền thông về phòng, chống thiên tai dựa vào cộng đồng trên địa bàn tỉnh Bình Minh năm 2026

        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        - Nâng cao nhận thức của người dân về phòng, chống thiên tai dựa vào cộng đồng.
        II. TỔ CHỨC THỰC HIỆN
        1. Sở Nông nghiệp và Môi trường
        - Chủ trì tham mưu, tổ chức triển khai thực hiện Kế hoạch này.
        - Tổng hợp, báo cáo về tiến độ và kết quả thực hiện Kế hoạch.
        2. Sở Tài chính
        Căn cứ chức năng, nhiệm vụ, phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện Kế hoạch theo quy định.
        3. Ủy ban nhân dân cấp xã
        - Xây dựng kế hoạch truyền thông về phòng, chống thiên tai dựa vào cộng đồng trên địa bàn.
        - Tổng hợp, báo cáo tình hình thực hiện Kế hoạch truyền thông về phòng, chống thiên tai dựa vào cộng đồng và gửi về Sở Nông nghiệp và Môi trường.

        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nguyễn Văn An
        """;

    private const string LawPlan = """
        ỦY BAN NHÂN DÂN
        TỈNH BÌNH MINH
        Số: 88/KH-UBND
        Bình Minh, ngày 02 tháng 12 năm 2025

        KẾ HOẠCH
        Triển khai thi hành Luật Thư viện trên địa bàn tỉnh Bình Minh

        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        a) Xác định cụ thể nội dung công việc, tiến độ, thời hạn hoàn thành và trách nhiệm của các cơ quan trong việc tổ chức thi hành Luật Thư viện.
        II. NỘI DUNG
        1. Phổ biến, giáo dục Luật Thư viện và các văn bản hướng dẫn thi hành
        - Nội dung thực hiện: Tổ chức phổ biến Luật Thư viện bằng các hình thức đa dạng, phù hợp với tình hình thực tế của cơ quan, đơn vị.
        - Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch chủ trì tham mưu Ủy ban nhân dân tỉnh ban hành Kế hoạch; các sở, ban, ngành và Ủy ban nhân dân xã, phường chủ động tổ chức triển khai Luật Thư viện thuộc phạm vi của mình.
        - Thời gian thực hiện: Năm 2026.
        2. Tổ chức tập huấn, bồi dưỡng nghiệp vụ thư viện
        - Nội dung thực hiện: Tổ chức tập huấn, bồi dưỡng nghiệp vụ cho người làm công tác thư viện cơ sở.
        - Cơ quan chủ trì: Sở Giáo dục và Đào tạo.
        - Cơ quan phối hợp: Ủy ban nhân dân xã, phường.
        - Thời gian thực hiện: Năm 2026.

        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nguyễn Văn An
        """;
}
