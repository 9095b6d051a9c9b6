using PolicyKB.Decoding;
using PolicyKB.Ingestion;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Ocr;

/// <summary>Old Word files and scans are read like born-digital files: through LibreOffice and OCR, bounded and cleaned up.</summary>
public sealed class ReceivedFormatsTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dir = new();

    /// <summary>The first part of a real seed plan: title, preamble and the first sections (one printed page).</summary>
    private string PageOfPlan()
    {
        var lines = File.ReadAllLines(Path.Combine(SharedData.ContentDirectory, "ha-tinh-2024-cung-co-y-te-co-so.txt"))
            .Select(l => l.Replace("[bookmark: _Hlk167886058]", "", StringComparison.Ordinal))
            .Take(9);
        var path = _dir.File("ke-hoach-ha-tinh.txt");
        File.WriteAllLines(path, lines);
        return path;
    }

    [ConverterFact]
    public void A_word_97_document_is_read_through_LibreOffice_into_its_clauses()
    {
        var doc = ScannedDocuments.Convert(PageOfPlan(), "doc", _dir.Path);
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));

        var result = IngestionPipelineFactory.CreateDefault(store).Ingest(doc);

        Assert.True(result.Status == IngestionStatus.Stored, result.Error);
        Assert.Equal("doc", store.GetDocument(result.DocumentId)!.Format);
        Assert.Contains(store.GetClauses(result.DocumentId), c => c.Heading?.Contains("MỤC ĐÍCH", StringComparison.Ordinal) == true);
    }

    [ConverterFact]
    public void A_scanned_pdf_without_a_text_layer_is_recognised_in_Vietnamese()
    {
        var text = PageOfPlan();
        var scanned = ScannedDocuments.ImagesToPdf(ScannedDocuments.ScanToPng(ScannedDocuments.Convert(text, "pdf", _dir.Path), _dir.Path), _dir.Path);

        var decoded = ContentDecoders.CreateDefault().DecodeFile(scanned);

        Assert.Equal("pdf+ocr", decoded.Format);
        Assert.Contains(decoded.Warnings, w => w.Contains("OCR", StringComparison.Ordinal));
        var recall = ScannedDocuments.WordRecall(File.ReadAllText(text), string.Join("\n", decoded.Lines.Select(l => l.Text)));
        output.WriteLine($"word recall {recall:P1}");
        Assert.True(recall >= 0.85, $"word recall {recall:P1}");
    }

    [ConverterFact]
    public void A_photo_of_a_page_is_recognised()
    {
        var text = PageOfPlan();
        var png = ScannedDocuments.ScanToPng(ScannedDocuments.Convert(text, "pdf", _dir.Path), _dir.Path);

        var decoded = ContentDecoders.CreateDefault().DecodeFile(png);

        Assert.Equal("image+ocr", decoded.Format);
        var recall = ScannedDocuments.WordRecall(File.ReadAllText(text), string.Join("\n", decoded.Lines.Select(l => l.Text)));
        output.WriteLine($"word recall {recall:P1}");
        Assert.True(recall >= 0.85, $"word recall {recall:P1}");
    }

    [Fact]
    public void A_renamed_file_is_refused_before_any_converter_runs()
    {
        var fake = _dir.File("anh.png");
        File.WriteAllText(fake, "không phải ảnh");

        var error = Assert.Throws<DecodingException>(() => ContentDecoders.CreateDefault().DecodeFile(fake));

        Assert.Contains("văn bản thuần", error.Reason);
    }

    public void Dispose() => _dir.Dispose();
}
