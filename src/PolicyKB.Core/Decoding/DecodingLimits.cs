using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace PolicyKB.Decoding;

/// <summary>
/// How much work one file may cost while it is decoded (section "PolicyKB:Ingestion:Decoding"). The limits are
/// checked while decoding, before the expensive step where one exists, so a hostile file (a PDF page repeating a
/// text operator half a million times, a .docx unzipping to 90 million characters) is refused in seconds with a
/// Vietnamese reason naming the limit, and no file costs more than about 1 GB and 30 s from upload to store.
/// </summary>
/// <remarks>
/// Defaults are several times the largest real document seen (1,019 files of ../shared/train plus corpus and seeds:
/// at most 1.2 M characters, 74,007 lines, a 17,279-character line and a 341-character word), so no real
/// document is refused. The later steps (repair, layout, parse, cite, index) are linear in what decoding lets
/// through, which is why the character limit, not the byte limit, is the one that bounds them.
/// </remarks>
public sealed record DecodingLimits
{
    /// <summary>The defaults.</summary>
    public static DecodingLimits Default { get; } = new();

    /// <summary>Culture for the numbers in refusal reasons ("5.000.000").</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Characters of text in one file (default 5 M; about 3 s of ingestion per million).</summary>
    [Range(1, int.MaxValue)]
    public int MaxCharacters { get; init; } = 5_000_000;

    /// <summary>Lines (paragraphs and table rows for .docx) in one file (default 300,000).</summary>
    [Range(1, int.MaxValue)]
    public int MaxLines { get; init; } = 300_000;

    /// <summary>Characters in one line (default 200,000).</summary>
    [Range(1, int.MaxValue)]
    public int MaxLineCharacters { get; init; } = 200_000;

    /// <summary>Characters in one run without a space (default 5,000; the search index refuses terms over 32,766 UTF-8 bytes).</summary>
    [Range(1, 10_000)]
    public int MaxWordCharacters { get; init; } = 5_000;

    /// <summary>Wall-clock seconds to decode one file (default 20, leaving room within 30 s for the later steps).</summary>
    [Range(1e-9, 3600)]
    public double MaxDecodeSeconds { get; init; } = 20;

    /// <summary>Seconds an external converter (LibreOffice for .doc, ocrmypdf for scans) may run on one file (default 600).</summary>
    [Range(1, 86_400)]
    public double MaxConvertSeconds { get; init; } = 600;

    /// <summary>Address space an external converter may use, in bytes (default 4 GB).</summary>
    [Range(256L * 1024 * 1024, long.MaxValue)]
    public long MaxConvertMemoryBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Pages of one scanned PDF or image that are put through OCR (default 200; OCR takes seconds per page).</summary>
    [Range(1, int.MaxValue)]
    public int MaxOcrPages { get; init; } = 200;

    /// <summary>
    /// Pages OCR recognises at once (default 0: one per core). Pages side by side are what makes OCR faster on a
    /// machine with more than one core; 1 reads them one after another, for a server that shares its cores with other
    /// work, and gives a progress line with the time left after every page.
    /// </summary>
    [Range(0, 64)]
    public int OcrJobs { get; init; }

    /// <summary>Pages recognised at once: <see cref="OcrJobs"/>, or one per core (at most 8) when it is 0.</summary>
    public int EffectiveOcrJobs => OcrJobs > 0 ? OcrJobs : Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>Pages of one PDF (default 3,000).</summary>
    [Range(1, int.MaxValue)]
    public int MaxPages { get; init; } = 3_000;

    /// <summary>Text-showing operators (Tj, TJ, ', ") in one PDF page's content (default 50,000; a dense page has a few thousand).</summary>
    [Range(1, int.MaxValue)]
    public int MaxTextOperatorsPerPage { get; init; } = 50_000;

    /// <summary>Letters PdfPig may place on one page, text inside forms included (default 100,000).</summary>
    [Range(1, int.MaxValue)]
    public int MaxLettersPerPage { get; init; } = 100_000;

    /// <summary>Decoded bytes of one page's content streams (default 16 MB).</summary>
    [Range(1, int.MaxValue)]
    public int MaxPageContentBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Decoded bytes of any one PDF stream, fonts included (default 64 MB).</summary>
    [Range(1, int.MaxValue)]
    public int MaxPdfStreamBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Characters of one XML part of a .docx, markup included (default 20 M; the XML tree costs about 28 bytes a character).</summary>
    [Range(1, int.MaxValue)]
    public int MaxXmlPartCharacters { get; init; } = 20_000_000;

    /// <summary>Uncompressed bytes of any one entry of a .docx package, as its ZIP directory declares (default 256 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxZipEntryBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>A number as the refusal reasons write it.</summary>
    internal static string Format(long value) => value.ToString("N0", Culture);
}
