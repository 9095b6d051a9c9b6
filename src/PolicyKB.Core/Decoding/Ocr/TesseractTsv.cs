using System.Globalization;

namespace PolicyKB.Decoding.Ocr;

/// <summary>
/// Reads the word confidences Tesseract writes in its TSV output (<c>tessedit_create_tsv 1</c>), one file per
/// recognised page, named by ocrmypdf after the page ("000003_ocr_tess.tsv" is page 3). The TSV comes from the same
/// recognition that makes the text layer, so measuring confidence costs no second OCR pass.
/// </summary>
public static class TesseractTsv
{
    /// <summary>The Tesseract configuration file content that asks for the TSV beside the PDF.</summary>
    public const string ConfigText = "tessedit_create_tsv 1\n";

    private const string Suffix = "_ocr_tess.tsv";

    /// <summary>Every page's words and summed confidence, from the TSV files under <paramref name="folder"/>.</summary>
    public static SortedDictionary<int, OcrPageConfidence> ReadFolder(string folder)
    {
        var pages = new SortedDictionary<int, OcrPageConfidence>();
        foreach (var file in Directory.EnumerateFiles(folder, "*" + Suffix, SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (!int.TryParse(name.AsSpan(0, name.Length - Suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var page)) continue;
            pages[page] = Read(File.ReadLines(file));
        }
        return pages;
    }

    /// <summary>
    /// The words of one page's TSV and their summed confidence: rows of level 5 (a word) with a confidence of 0 or more
    /// and some text; Tesseract gives -1 to the block, paragraph and line rows.
    /// </summary>
    public static OcrPageConfidence Read(IEnumerable<string> lines)
    {
        int words = 0;
        double sum = 0;
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            if (cells.Length < 12 || cells[0] != "5" || string.IsNullOrWhiteSpace(cells[11])) continue;
            if (!double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence) || confidence < 0) continue;
            words++;
            sum += Math.Min(confidence, 100);
        }
        return new OcrPageConfidence(words, sum);
    }
}
