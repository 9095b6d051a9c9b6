using System.IO.Compression;
using System.Text;

namespace PolicyKB.Tests.Decoding;

/// <summary>
/// Builds the hostile files of PolicyKB issue 9 in memory, with the base library only (the measurement tool
/// tools/PolicyKB.HostileBench links this file, so tests and figures use the same bombs).
/// </summary>
internal static class HostileFiles
{
    /// <summary>A one-page PDF whose Flate-compressed content stream shows "x" <paramref name="operators"/> times.</summary>
    public static byte[] PdfTextBomb(int operators = 500_000, string showOperator = "(x) Tj\n")
    {
        var content = new StringBuilder(operators * showOperator.Length + 64).Append("BT /F1 12 Tf 72 700 Td\n");
        for (var i = 0; i < operators; i++) content.Append(showOperator);
        content.Append("ET\n");
        return Pdf([Encoding.ASCII.GetBytes(content.ToString())]);
    }

    /// <summary>A PDF with one page per content stream (Flate-compressed, Helvetica as /F1).</summary>
    public static byte[] Pdf(IReadOnlyList<byte[]> pageContents)
    {
        var pages = pageContents.Count;
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{4 + 2 * i} 0 R"))}] /Count {pages} >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        foreach (var content in pageContents)
        {
            var pageObject = objects.Count + 1;
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {pageObject + 1} 0 R >>"));
            var compressed = Deflate(content);
            objects.Add([.. Ascii($"<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n"), .. compressed, .. Ascii("\nendstream")]);
        }
        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    /// <summary>A page content stream showing each line of text at its own baseline.</summary>
    public static byte[] PageContent(IEnumerable<string> lines)
    {
        var content = new StringBuilder("BT /F1 11 Tf 14 TL 60 780 Td\n");
        foreach (var line in lines)
        {
            var escaped = new string([.. line.Where(c => c < 128)]).Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
            content.Append('(').Append(escaped).Append(") Tj T*\n");
        }
        return Ascii(content.Append("ET\n").ToString());
    }

    /// <summary>
    /// A .docx whose word/document.xml holds one paragraph of <paramref name="characters"/> letters: a few hundred KB
    /// compressed, tens of millions of characters once unzipped (the issue's 90 M-character file).
    /// </summary>
    public static byte[] DocxCharacterBomb(long characters = 90_000_000)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteDocxParts(archive);
            using var document = archive.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            document.Write(Ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"));
            var chunk = Ascii(new string('x', 1 << 20));
            for (var left = characters; left > 0; left -= chunk.Length) document.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
            document.Write(Ascii("</w:t></w:r></w:p></w:body></w:document>"));
        }
        return zip.ToArray();
    }

    /// <summary>A .docx with a valid small body and an extra part that unzips to <paramref name="bytes"/> zero bytes.</summary>
    public static byte[] DocxZipBomb(long bytes)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteDocxParts(archive);
            using (var document = archive.CreateEntry("word/document.xml").Open())
            {
                document.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>Điều 1. Phạm vi</w:t></w:r></w:p></w:body></w:document>"));
            }
            using var filler = archive.CreateEntry("word/media/filler.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var left = bytes; left > 0; left -= zeros.Length) filler.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        }
        return zip.ToArray();
    }

    /// <summary>UTF-8 text of one line of <paramref name="characters"/> Vietnamese words and spaces.</summary>
    public static byte[] GiantLine(int characters)
    {
        const string Words = "tăng cường y tế cơ sở ";
        var text = new StringBuilder(characters + Words.Length).Append("I. MỤC ĐÍCH ");
        while (text.Length < characters) text.Append(Words);
        return Encoding.UTF8.GetBytes(text.ToString(0, characters));
    }

    /// <summary>UTF-8 text of <paramref name="characters"/> Vietnamese words wrapped into lines of about 80 characters.</summary>
    public static byte[] WrappedText(int characters)
    {
        const string Line = "Điều {0}. Các cơ quan, đơn vị tăng cường y tế cơ sở, nâng cao chất lượng khám chữa bệnh.\n";
        var text = new StringBuilder(characters + 100);
        for (var i = 1; text.Length < characters; i++) text.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, Line, i);
        return Encoding.UTF8.GetBytes(text.ToString(0, characters));
    }

    /// <summary>UTF-8 text of <paramref name="lines"/> short lines.</summary>
    public static byte[] ManyLines(int lines) => Encoding.UTF8.GetBytes(new StringBuilder(lines * 2).Insert(0, "x\n", lines).ToString());

    /// <summary>Markdown nested <paramref name="depth"/> levels deep (block quotes and lists alternating).</summary>
    public static byte[] DeepMarkdown(int depth)
    {
        var text = new StringBuilder("# Kế hoạch\n\n");
        for (var i = 0; i < depth; i++) text.Append(new string(' ', Math.Min(i, 200))).Append(i % 2 == 0 ? "> " : "- ").Append("mục ").Append(i).Append('\n');
        text.Append(new string('>', depth)).Append(" trích dẫn\n").Append(new string('[', depth)).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void WriteDocxParts(ZipArchive archive)
    {
        Entry(archive, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        Entry(archive, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    }

    private static void Entry(ZipArchive archive, string name, string text)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static byte[] Deflate(byte[] raw)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal)) zlib.Write(raw);
        return compressed.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
