using PolicyKB.Contracts;
using PolicyKB.Decoding.Ocr;
using PolicyKB.Documents;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Ocr;

/// <summary>What a document records about its OCR: which pages, and Tesseract's mean word confidence.</summary>
public sealed class OcrRecordTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void The_confidence_of_a_page_is_read_from_the_word_rows_of_tesseracts_tsv_only()
    {
        string[] tsv =
        [
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2338\t-1\t",
            "4\t1\t1\t1\t1\t0\t201\t200\t619\t34\t-1\t",
            "5\t1\t1\t1\t1\t1\t201\t200\t47\t27\t95.5\tHà",
            "5\t1\t1\t1\t1\t2\t258\t200\t83\t30\t84.5\tTĩnh,",
            "5\t1\t1\t1\t1\t3\t356\t201\t79\t33\t-1\t ",
        ];

        var page = TesseractTsv.Read(tsv);

        Assert.Equal(new OcrPageConfidence(2, 180), page);
    }

    [Fact]
    public void The_document_confidence_is_the_mean_over_all_words_so_a_page_of_few_words_weighs_little()
    {
        var output = new OcrOutput([], new Dictionary<int, OcrPageConfidence> { [2] = new(100, 9500), [3] = new(2, 40) });

        var record = output.ToRecord(pageCount: 5, asked: [3, 2]);

        Assert.Equal([2, 3], record.Pages);
        Assert.Equal(5, record.PageCount);
        Assert.Equal(102, record.WordCount);
        Assert.Equal(93.5, record.MeanConfidence);
        Assert.Equal("2/5 trang, độ tin cậy trung bình 94 %", record.Describe());
    }

    [Fact]
    public void Pages_without_any_recognised_word_leave_the_confidence_unmeasured_rather_than_zero()
    {
        var record = new OcrOutput([], new Dictionary<int, OcrPageConfidence> { [1] = new(0, 0) }).ToRecord(1);

        Assert.Null(record.MeanConfidence);
        Assert.False(record.IsLowConfidence(80));
        Assert.Equal("1/1 trang, không đo được độ tin cậy", record.Describe());
    }

    [Fact]
    public void A_document_stored_without_an_ocr_record_reads_back_as_not_ocrd_and_one_with_it_keeps_it()
    {
        using (var store = new LiteDbDocumentStore(Path.Combine(_dir.Path, "kb.db")))
        {
            store.Replace(Document("ban-go", null), [], []);
            store.Replace(Document("ban-quet", new OcrRecord { Pages = [1, 3], PageCount = 3, WordCount = 420, MeanConfidence = 91.2, LowConfidence = false }), [], []);
        }

        using var reopened = new LiteDbDocumentStore(Path.Combine(_dir.Path, "kb.db"));
        Assert.Null(reopened.GetDocument("ban-go")!.Ocr);
        Assert.Null(DocumentSummary.From(reopened.GetDocument("ban-go")!).Ocr);
        var scanned = DocumentSummary.From(reopened.GetDocument("ban-quet")!).Ocr!;
        Assert.Equal([1, 3], scanned.Pages);
        Assert.Equal("2/3 trang, độ tin cậy trung bình 91 %", scanned.Text);
    }

    private static PolicyDocument Document(string id, OcrRecord? ocr) =>
        new() { Id = id, Source = id + ".pdf", ContentHash = id, Format = ocr is null ? "pdf" : "pdf+ocr", Ocr = ocr };

    public void Dispose() => _dir.Dispose();
}
