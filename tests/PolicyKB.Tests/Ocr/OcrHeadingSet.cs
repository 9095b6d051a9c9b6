namespace PolicyKB.Tests.Ocr;

/// <summary>
/// The set judging heading recall on OCR'd documents, written before the repairs it judges: whole documents typeset
/// and scanned at 300 dpi by <c>tools/ocr-testset/make_scans.py</c>, each compared with the clause tree of its own text
/// version. Dev (tuned on): three seeds. Test (reported): the other two seeds and three files of <c>../shared/corpus</c>
/// (a plan, a directive and a resolution with Điều, so the Chương/Điều shape is judged too). The CI subset is three
/// short whole documents, 12 pages. Markdown emphasis in the corpus .txt files is typeset as printed (bold shows as
/// text, never as "**").
/// </summary>
public static class OcrHeadingSet
{
    private const string Corpus = "../shared/corpus/";

    /// <summary>Every document of the full measure, dev first.</summary>
    public static IReadOnlyList<OcrTestSet.Scan> Full { get; } =
    [
        Whole("ha-tinh-2021-thi-dua-nganh-y-te.txt", 31, "dev"),
        Whole("ha-tinh-2024-cung-co-y-te-co-so.txt", 32, "dev"),
        Whole("thanh-hoa-2021-ke-hoach-hanh-dong-y-te.md", 33, "dev"),
        Whole("ha-giang-2021-ky-niem-ngay-thay-thuoc.md", 34, "test"),
        Whole("son-duong-2021-cong-tac-y-te-huyen.txt", 35, "test"),
        Whole(Corpus + "001_kh-0130-ubnd-daklak-phong-chong-dich-benh-sau-lut-bao.txt", 36, "test"),
        Whole(Corpus + "013_ct-06-ubnd-quangtri-lan-chiem-rung.txt", 37, "test"),
        Whole(Corpus + "025_nq-63-2025-hdnd-hanoi-tro-giup-xa-hoi.txt", 38, "test"),
    ];

    /// <summary>The CI subset: two short whole documents of the test split, a plan and a directive (12 pages).</summary>
    public static IReadOnlyList<OcrTestSet.Scan> Ci { get; } = [Full[3], Full[6]];

    private static OcrTestSet.Scan Whole(string source, int seed, string split) =>
        new(Path.GetFileNameWithoutExtension(source) + "-scan", source, 300, OcrTestSet.AllPages, seed) { Split = split, AsPrinted = true };
}
