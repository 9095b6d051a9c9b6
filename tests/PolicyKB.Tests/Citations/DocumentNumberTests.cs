using PolicyKB.Citations;

namespace PolicyKB.Tests.Citations;

/// <summary>Canonical số hiệu and the type a number's code announces.</summary>
public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("281/QĐ-TTg", "281/QĐ-TTg")]
    [InlineData("46/2018/TTBYT", "46/2018/TT-BYT")]
    [InlineData("118/2025/NĐCP", "118/2025/NĐ-CP")]
    [InlineData("281/qd-ttg", "281/QĐ-TTg")]
    [InlineData("qd-ttg", "QĐ-TTg")]
    [InlineData("281/QĐ- TTg", "281/QĐ-TTg")]
    [InlineData("1899/QĐ-TTG", "1899/QĐ-TTg")]
    [InlineData("111/2018/ND-CP", "111/2018/NĐ-CP")]
    [InlineData("63/2025/NQ-HDND", "63/2025/NQ-HĐND")]
    [InlineData("01/2025/TT-BLDTBXH", "01/2025/TT-BLĐTBXH")]
    [InlineData("25-CT/TW", "25-CT/TW")]
    [InlineData("25 - ct/tw", "25-CT/TW")]
    [InlineData("36-HD/VPTW", "36-HD/VPTW")]
    [InlineData("37/2015/TTLT", "37/2015/TTLT")]
    [InlineData("163/2024/QH15", "163/2024/QH15")]
    [InlineData("30a/2008/NQ-CP", "30A/2008/NQ-CP")]
    [InlineData("49/QCPH-UBND-UBMT-HCTĐ", "49/QCPH-UBND-UBMT-HCTĐ")]
    [InlineData("5640/QĐ UBND", "5640/QĐ-UBND")]
    [InlineData("15/KHUBND", "15/KH-UBND")]
    [InlineData("12/QDUBND", "12/QĐ-UBND")]
    public void Normalize_gives_the_canonical_number(string raw, string expected)
    {
        Assert.Equal(expected, DocumentNumber.Normalize(raw));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("27/02/2021")]
    [InlineData("3/4")]
    [InlineData("COVID-19")]
    [InlineData("hello world")]
    public void Normalize_rejects_what_is_no_number(string raw)
    {
        Assert.Null(DocumentNumber.Normalize(raw));
    }

    [Theory]
    [InlineData("265/UBND-VHXH", "Công văn")]
    [InlineData("4564/BC-SYT", "Báo cáo")]
    [InlineData("25-CT/TW", "Chỉ thị")]
    [InlineData("242-KH/TU", "Kế hoạch")]
    [InlineData("58-NQ/TW", "Nghị quyết")]
    [InlineData("36-HD/VPTW", "Hướng dẫn")]
    [InlineData("38-KL/TU", "Kết luận")]
    [InlineData("281/QĐ-TTg", "Quyết định")]
    [InlineData("111/2018/NĐ-CP", "Nghị định")]
    [InlineData("39/2017/TT-BYT", "Thông tư")]
    [InlineData("46/2018/TTBYT", "Thông tư")]
    [InlineData("215/CĐ-TTg", "Công điện")]
    [InlineData("63/2025/NQ-HĐND", "Nghị quyết")]
    [InlineData("163/2024/QH15", null)]
    public void TypeFromNumber_reads_the_type_code(string number, string? expected)
    {
        Assert.Equal(expected, DocumentNumber.TypeFromNumber(number));
    }
}
