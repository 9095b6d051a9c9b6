namespace PolicyKB.Tests.Ocr;

/// <summary>
/// A measure too long for CI (OCR of every page of a set): runs only when POLICYKB_OCR_MEASURE is set, as
/// <c>tools/ocr-testset/heading_recall.sh</c> does, and needs the converters like <see cref="ConverterFactAttribute"/>.
/// </summary>
public sealed class OcrMeasureFactAttribute : FactAttribute
{
    /// <summary>The environment variable that turns the measure on; its value, when a folder, caches decoded scans.</summary>
    public const string Variable = "POLICYKB_OCR_MEASURE";

    public OcrMeasureFactAttribute()
    {
        Skip = new ConverterFactAttribute().Skip
            ?? (Environment.GetEnvironmentVariable(Variable) is null ? $"a long measure: run tools/ocr-testset/heading_recall.sh (sets {Variable})" : null);
    }
}
