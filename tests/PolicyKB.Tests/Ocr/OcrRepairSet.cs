namespace PolicyKB.Tests.Ocr;

/// <summary>
/// The set judging the OCR repairs, written before the repair it judges: pages of the plans in <c>content/</c> (dev,
/// tuned on) and of <c>../shared/corpus</c> files (test, reported), scanned at 300, 200 and a noisier 150 dpi (JPEG
/// quality 45). Dev and test share no source document.
/// </summary>
public static class OcrRepairSet
{
    private const string Corpus = "../shared/corpus/";

    /// <summary>The scans, dev first.</summary>
    public static IReadOnlyList<OcrTestSet.Scan> Scans { get; } =
    [
        OcrTestSet.Scans[0],
        OcrTestSet.Scans[1],
        new("ha-tinh-2021-150dpi", "ha-tinh-2021-thi-dua-nganh-y-te.txt", 150, 1, 8) { FirstPage = 2, Quality = 45 },
        new("son-duong-2021-150dpi", "son-duong-2021-cong-tac-y-te-huyen.txt", 150, 1, 9) { Quality = 45 },
        new("hatinh-mam-non-300dpi", Corpus + "009_kh-624-ubnd-hatinh-giao-duc-mam-non.txt", 300, 1, 21) { Split = "test" },
        new("cantho-giam-ngheo-200dpi", Corpus + "005_kh-160-ubnd-cantho-giam-sat-giam-ngheo-2025.txt", 200, 1, 22) { Split = "test" },
        new("hatinh-mam-non-150dpi", Corpus + "009_kh-624-ubnd-hatinh-giao-duc-mam-non.txt", 150, 1, 23) { FirstPage = 2, Quality = 45, Split = "test" },
        new("nghean-bi-mat-150dpi", Corpus + "007_kh-1026-ubnd-nghean-bao-ve-bi-mat-nha-nuoc.txt", 150, 1, 24) { Quality = 45, Split = "test" },
    ];
}
