using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PolicyKB.Tests.Decoding;

/// <summary>Builds small PDFs with PdfPig's writer: one page per array, one text line per string (ASCII, Helvetica).</summary>
internal static class PdfFactory
{
    public static byte[] Create(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var i = 0; i < lines.Length; i++)
            {
                page.AddText(lines[i], 12, new PdfPoint(60, 780 - 16 * i), font);
            }
        }
        return builder.Build();
    }
}
