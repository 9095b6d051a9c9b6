using System.Text;
using PolicyKB.Decoding;
using PolicyKB.Web.Services;

namespace PolicyKB.Tests.Decoding;

/// <summary>
/// Vietnamese text saved as Windows-1258 or as UTF-16 without a byte order mark is recognised and decoded (to NFC
/// Unicode) by the decoders and accepted by the web upload check alike; a legacy font encoding (TCVN3) is not.
/// </summary>
public sealed class LegacyEncodingTests
{
    private const string Vietnamese =
        "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nĐiều 1. Phạm vi điều chỉnh\nQuyết định này quy định việc tăng cường y tế cơ sở, "
        + "nâng cao chất lượng khám chữa bệnh ở các xã đặc biệt khó khăn.\nĐiều 2. Tổ chức thực hiện: Sở Y tế chủ trì, phối hợp với ngành liên quan.\n";

    // "Cộng hòa xã hội chủ nghĩa Việt Nam" typed with the TCVN3 (ABC) font encoding, byte for byte.
    private static readonly byte[] Tcvn3 = Encoding.Latin1.GetBytes("Céng hßa x· héi chñ nghÜa ViÖt Nam\n§iÒu 1. Ph¹m vi ®iÒu chØnh\n");

    private readonly ContentDecoders _decoders = ContentDecoders.CreateDefault();

    public static TheoryData<string> Names => new() { "van-ban.txt", "van-ban.md" };

    [Theory]
    [MemberData(nameof(Names))]
    public void Windows_1258_text_decodes_to_composed_vietnamese(string name)
    {
        var decoded = _decoders.Decode(new MemoryStream(Windows1258(Vietnamese)), name);

        Assert.Equal(Lines(Vietnamese), decoded.Lines.Select(l => l.Text));
        Assert.All(decoded.Lines, l => Assert.True(l.Text.IsNormalized(NormalizationForm.FormC)));
        Assert.Contains(decoded.Warnings, w => w.Contains("Windows-1258"));
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_without_byte_order_mark_decodes_to_vietnamese(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(Vietnamese);

        var decoded = _decoders.Decode(new MemoryStream(bytes), "van-ban.txt");

        Assert.Equal(Lines(Vietnamese), decoded.Lines.Select(l => l.Text));
    }

    [Fact]
    public void The_web_upload_check_accepts_windows_1258_and_utf16_without_bom()
    {
        Assert.Null(UploadFormat.Problem("van-ban.txt", Windows1258(Vietnamese)));
        Assert.Null(UploadFormat.Problem("van-ban.md", Encoding.Unicode.GetBytes(Vietnamese)));
        Assert.Null(UploadFormat.Problem("van-ban.txt", Encoding.BigEndianUnicode.GetBytes(Vietnamese)));
    }

    [Fact]
    public void A_tcvn3_file_is_refused_with_the_same_advice_by_the_decoders_and_the_web_upload_check()
    {
        var decoderReason = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(Tcvn3), "cu.txt")).Reason;
        var uploadReason = UploadFormat.Problem("cu.txt", Tcvn3);

        Assert.Contains("UTF-8", decoderReason);
        Assert.NotNull(uploadReason);
        Assert.Contains(decoderReason, uploadReason);
        Assert.DoesNotContain("nhị phân không rõ", uploadReason);
    }

    [Fact]
    public void Random_high_bytes_are_not_taken_for_windows_1258()
    {
        var bytes = new byte[4000];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)(bytes[i] | 0x80);

        Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(bytes), "rac.txt"));
    }

    /// <summary>Windows-1258 has no precomposed toned vowels: the tone mark follows the base letter as a combining byte.</summary>
    internal static byte[] Windows1258(string text)
    {
        var toneMarks = "\u0300\u0301\u0303\u0309\u0323";
        var split = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = decomposed.Where(toneMarks.Contains).ToArray();
            split.Append(new string([.. decomposed.Where(d => !toneMarks.Contains(d))]).Normalize(NormalizationForm.FormC)).Append(tone);
        }
        return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1258)!.GetBytes(split.ToString());
    }

    private static IEnumerable<string> Lines(string text) => text.TrimEnd('\n').Split('\n');
}
