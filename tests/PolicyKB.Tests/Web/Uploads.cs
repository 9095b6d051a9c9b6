using System.Net.Http.Headers;
using System.Text;

namespace PolicyKB.Tests.Web;

/// <summary>Multipart bodies for the ingest API, and a small document the seed plans cite.</summary>
public static class Uploads
{
    /// <summary>
    /// Kế hoạch 242-KH/TU of the Hà Tĩnh Party committee, which the 2024 Hà Tĩnh plan cites ten times: once uploaded
    /// it becomes the target of those citations.
    /// </summary>
    public const string CitedPlan = """
        TỈNH ỦY HÀ TĨNH
        *
        Số 242-KH/TU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Hà Tĩnh, ngày 20 tháng 3 năm 2024

        KẾ HOẠCH
        triển khai thực hiện Chỉ thị số 25-CT/TW, ngày 25/10/2023 của Ban Bí thư

        Thực hiện Chỉ thị số 25-CT/TW, ngày 25/10/2023 của Ban Bí thư, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch triển khai thực hiện như sau:

        I. MỤC ĐÍCH, YÊU CẦU
        1. Quán triệt sâu sắc nội dung Chỉ thị đến các cấp ủy, tổ chức đảng về củng cố mạng lưới nhân viên y tế thôn bản.
        2. Củng cố mạng lưới y tế cơ sở, nâng cao chất lượng khám bệnh, chữa bệnh ban đầu.

        II. NHIỆM VỤ, GIẢI PHÁP
        1. Tăng cường sự lãnh đạo của cấp ủy đối với y tế cơ sở.
        2. Bảo đảm kinh phí cho trạm y tế xã.

        T/M BAN THƯỜNG VỤ
        PHÓ BÍ THƯ
        Nguyễn Văn A
        """;

    /// <summary>The same plan under another number, so it cites what the plan cites without being its target.</summary>
    public static string Plan(string number) => CitedPlan.Replace("Số 242-KH/TU", "Số " + number, StringComparison.Ordinal);

    /// <summary>A multipart form with the files under the field "files".</summary>
    public static MultipartFormDataContent Form(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        return form;
    }

    /// <summary>UTF-8 bytes.</summary>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
