using System.Globalization;
using PolicyKB.Decoding;

namespace PolicyKB.Ingestion.Steps;

/// <summary>
/// Decodes the file's bytes with the decoder its extension and content agree on, and keeps what OCR recorded (pages,
/// mean confidence), warning when the confidence is below the configured threshold.
/// </summary>
public sealed class DecodeStep : IRunAheadStep
{
    private readonly ContentDecoders _decoders;
    private readonly double _lowOcrConfidence;

    /// <summary>Creates the step; an OCR'd document whose mean confidence is below <paramref name="lowOcrConfidence"/> (0–100) gets a warning.</summary>
    public DecodeStep(ContentDecoders decoders, double lowOcrConfidence = 80)
    {
        _decoders = decoders;
        _lowOcrConfidence = lowOcrConfidence;
    }

    /// <inheritdoc />
    public string Name => "decode";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        var decoded = _decoders.Decode(context.Content, context.FileName);
        if (decoded.Lines.All(l => l.IsBlank)) throw new IngestionException("tệp không có chữ nào đọc được");
        context.Format = decoded.Format;
        context.Lines = decoded.Lines;
        context.Ocr = decoded.Ocr;
        context.Warnings.AddRange(decoded.Warnings);
        if (decoded.Ocr is { } ocr && ocr.IsLowConfidence(_lowOcrConfidence))
        {
            ocr.LowConfidence = true;
            context.Warnings.Add($"độ tin cậy nhận dạng ký tự (OCR) thấp: trung bình {ocr.MeanConfidence!.Value.ToString("0", CultureInfo.InvariantCulture)} %, " +
                $"dưới ngưỡng {_lowOcrConfidence.ToString("0", CultureInfo.InvariantCulture)} % — nội dung có thể sai nhiều, hãy đối chiếu kỹ với bản gốc hoặc quét lại rõ hơn");
        }
        return StepOutcome.Continue;
    }
}
