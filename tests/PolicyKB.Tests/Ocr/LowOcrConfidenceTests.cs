using PolicyKB.Decoding;
using PolicyKB.Documents;
using PolicyKB.Ingestion;
using PolicyKB.Ingestion.Steps;

namespace PolicyKB.Tests.Ocr;

/// <summary>An OCR'd document whose mean confidence is under the configured threshold is kept, with a warning and a flag.</summary>
public sealed class LowOcrConfidenceTests
{
    [Theory]
    [InlineData(62.4, 80, true)]
    [InlineData(91.0, 80, false)]
    [InlineData(91.0, 95, true)]
    public void The_decode_step_flags_and_warns_when_the_confidence_is_under_the_threshold(double confidence, double threshold, bool low)
    {
        var context = Decode(new OcrRecord { Pages = [1], PageCount = 1, WordCount = 300, MeanConfidence = confidence }, threshold);

        Assert.Equal(low, context.Ocr!.LowConfidence);
        Assert.Equal(low, context.Warnings.Any(w => w.Contains("độ tin cậy nhận dạng ký tự (OCR) thấp", StringComparison.Ordinal)
            && w.Contains($"dưới ngưỡng {threshold:0} %", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_born_digital_document_has_no_ocr_record_and_no_warning()
    {
        var context = Decode(null, 80);

        Assert.Null(context.Ocr);
        Assert.Empty(context.Warnings);
    }

    private static IngestionContext Decode(OcrRecord? ocr, double threshold)
    {
        var step = new DecodeStep(new ContentDecoders([new FixedDecoder(ocr)]), threshold);
        var context = new IngestionContext("/tmp/quet.pdf", "quet.pdf") { Content = "%PDF-1.7"u8.ToArray() };
        step.Execute(context);
        return context;
    }

    private sealed class FixedDecoder(OcrRecord? ocr) : IContentDecoder
    {
        public string Format => "pdf";

        public IReadOnlyList<string> Extensions { get; } = [".pdf"];

        public bool Sniff(ReadOnlySpan<byte> head) => true;

        public DecodedText Decode(Stream content, string fileName) =>
            new(ocr is null ? "pdf" : "pdf+ocr", [new SourceLine(1, "KẾ HOẠCH thực hiện nhiệm vụ năm 2025")]) { Ocr = ocr };
    }
}
