using System.Globalization;

namespace PolicyKB.Decoding.Ocr;

/// <summary>Where the recognition of one file stands: the page being read and, once a page is done, the time left.</summary>
/// <param name="FileName">The file being recognised.</param>
/// <param name="Page">The page being recognised, counted among the pages to recognise (1-based).</param>
/// <param name="PageCount">Pages to recognise in this file.</param>
/// <param name="Remaining">Expected time left (the mean time of the pages done so far times the pages left); null before the first page is done.</param>
public sealed record OcrProgress(string FileName, int Page, int PageCount, TimeSpan? Remaining)
{
    /// <summary>The progress as users read it: "OCR trang 3/12 — còn khoảng 40 s".</summary>
    public string Describe()
    {
        var page = $"OCR trang {Page}/{PageCount}";
        if (Remaining is not { } left) return page + " — đang ước tính thời gian";
        var seconds = (int)Math.Ceiling(left.TotalSeconds);
        var text = seconds >= 120
            ? $"{(seconds + 30) / 60} phút"
            : $"{Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture)} s";
        return $"{page} — còn khoảng {text}";
    }
}
