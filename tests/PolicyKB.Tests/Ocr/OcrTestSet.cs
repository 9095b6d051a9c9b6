using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Ocr;

/// <summary>
/// A small OCR test set made from real plans in <c>content/</c>: pages typeset and "scanned" at 300 and 200 dpi with
/// mild noise (rotation within ±1°, blur, dust, JPEG) by <c>tools/ocr-testset/make_scans.py</c>, wrapped into image-only
/// PDFs. Generated on each run, never committed; the reference text of each page is written beside it.
/// </summary>
public static class OcrTestSet
{
    /// <summary>One scanned PDF of the set.</summary>
    /// <param name="Name">File name of the scanned PDF, without extension.</param>
    /// <param name="Source">A file of <c>content/</c>, or a path relative to the repository.</param>
    /// <param name="Dpi">Scan resolution.</param>
    /// <param name="Pages">Pages to typeset.</param>
    /// <param name="Seed">Seed of the scan noise.</param>
    public sealed record Scan(string Name, string Source, int Dpi, int Pages, int Seed)
    {
        /// <summary>First page of the source to typeset.</summary>
        public int FirstPage { get; init; } = 1;

        /// <summary>JPEG quality of the scanned pages (lower is noisier).</summary>
        public int Quality { get; init; } = 70;

        /// <summary>Typeset Markdown markup in a .txt source as printed (no "**"), as a scan of the document would show it.</summary>
        public bool AsPrinted { get; init; }

        /// <summary>"dev" (tuned on) or "test" (reported), for sets that judge a repair.</summary>
        public string Split { get; init; } = "dev";
    }

    /// <summary>A page count asking for every page of the source (make_scans.py stops at the last one).</summary>
    public const int AllPages = 500;

    /// <summary>Three pages from two plans: two at 300 dpi (an office scanner's default) and one at 200 dpi (a fax-like copy).</summary>
    public static IReadOnlyList<Scan> Scans { get; } =
    [
        new("ha-tinh-2024-300dpi", "ha-tinh-2024-cung-co-y-te-co-so.txt", 300, 2, 14),
        new("ha-tinh-2021-200dpi", "ha-tinh-2021-thi-dua-nganh-y-te.txt", 200, 1, 7),
    ];

    /// <summary>
    /// Makes <paramref name="scan"/> in <paramref name="folder"/>; returns the PDF and the reference text of each page
    /// (fewer than asked when the source ends first)
    /// (the page images stay beside it as NAME-pN.jpg).
    /// </summary>
    public static (string Pdf, IReadOnlyList<string> PageTexts) Make(Scan scan, string folder)
    {
        var script = Path.Combine(SharedData.RepositoryRoot, "tools", "ocr-testset", "make_scans.py");
        var source = scan.Source.Contains('/') ? Path.GetFullPath(Path.Combine(SharedData.RepositoryRoot, scan.Source)) : Path.Combine(SharedData.ContentDirectory, scan.Source);
        string[] printed = scan.AsPrinted ? ["--as-printed"] : [];
        ScannedDocuments.Run("/usr/bin/python3", [script, source, folder, "--dpi", scan.Dpi.ToString(), "--pages", scan.Pages.ToString(),
            "--seed", scan.Seed.ToString(), "--name", scan.Name, "--keep-images", "--first-page", scan.FirstPage.ToString(), "--quality", scan.Quality.ToString(), .. printed]);
        var texts = Enumerable.Range(1, scan.Pages).Select(n => Path.Combine(folder, $"{scan.Name}-p{n}.txt")).TakeWhile(File.Exists).Select(File.ReadAllText).ToList();
        return (Path.Combine(folder, scan.Name + ".pdf"), texts);
    }
}
