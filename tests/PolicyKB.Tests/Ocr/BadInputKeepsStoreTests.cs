using System.Text;
using PolicyKB.Ingestion;
using PolicyKB.Storage;
using PolicyKB.Tests.Decoding;
using PolicyKB.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace PolicyKB.Tests.Ocr;

/// <summary>
/// The bad inputs of issue #14 — a corrupt image, a PDF of 2,000 blank pages, a password-protected PDF, a .doc that is
/// really a web page — each fail with a clear Vietnamese reason, and the document stored before is still there, whole.
/// </summary>
public sealed class BadInputKeepsStoreTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dir = new();

    [ConverterFact]
    public void Each_bad_file_is_refused_with_its_reason_and_the_stored_document_is_kept()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        var pipeline = IngestionPipelineFactory.CreateDefault(store);
        var good = Write("ke-hoach.txt", Encoding.UTF8.GetBytes(Web.Uploads.Plan("36-KH/UBND")));
        Assert.Equal(IngestionStatus.Stored, pipeline.Ingest(good).Status);
        var before = (store.GetDocument("ke-hoach")!.ContentHash, store.GetClauses("ke-hoach").Count);

        var noise = new byte[3000];
        new Random(14).NextBytes(noise);
        (string File, string Reason)[] cases =
        [
            (Write("anh-hong.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. noise]), "bị hỏng"),
            (Write("trang-trang.pdf", BlankPages(2000)), "chỉ có trang trắng (2.000 trang"),
            (Write("co-mat-khau.pdf", Encrypted()), "mật khẩu"),
            (Write("trang-web.doc", Encoding.UTF8.GetBytes("<html><body><p>Kế hoạch số 15/KH-UBND</p></body></html>")), "trang web (HTML)"),
        ];

        foreach (var (file, reason) in cases)
        {
            var result = pipeline.Ingest(file);
            output.WriteLine($"{Path.GetFileName(file)}: {result.Error}");
            Assert.Equal(IngestionStatus.Failed, result.Status);
            Assert.Contains(reason, result.Error);
        }
        Assert.Equal(["ke-hoach"], store.ListDocuments().Select(d => d.Id));
        Assert.Equal(before, (store.GetDocument("ke-hoach")!.ContentHash, store.GetClauses("ke-hoach").Count));
    }

    private static byte[] BlankPages(int count)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < count; i++) builder.AddPage(PageSize.A4);
        return builder.Build();
    }

    /// <summary>A PDF whose trailer asks for the standard security handler (RC4, 40-bit), as PdfDecoderTests makes it.</summary>
    private static byte[] Encrypted()
    {
        var pdf = Encoding.Latin1.GetString(PdfFactory.Create(["Bi mat"]));
        var o = new string('1', 64);
        var encrypt = $"/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <{o}> /U <{o}> >> /ID [<{o[..32]}> <{o[..32]}>] ";
        return Encoding.Latin1.GetBytes(pdf.Replace("/Root", encrypt + "/Root"));
    }

    private string Write(string name, byte[] content)
    {
        var path = _dir.File(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => _dir.Dispose();
}
