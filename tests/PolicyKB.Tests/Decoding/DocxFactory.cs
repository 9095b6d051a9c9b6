using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKB.Tests.Decoding;

/// <summary>Builds .docx files in memory with the Open XML SDK, the way Word stores them.</summary>
internal static class DocxFactory
{
    public static byte[] Create(IEnumerable<OpenXmlElement> body, Numbering? numbering = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            if (numbering is not null) main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        }
        return stream.ToArray();
    }

    /// <summary>A paragraph of one or more runs; <paramref name="numId"/> attaches Word automatic numbering.</summary>
    public static Paragraph Para(string text, string? style = null, int? numId = null, int level = 0, bool bold = false, bool center = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (numId is not null)
        {
            properties.Append(new NumberingProperties(
                new NumberingLevelReference { Val = level }, new NumberingId { Val = numId.Value }));
        }
        if (center) properties.Append(new Justification { Val = JustificationValues.Center });
        return new Paragraph(properties, Run(text, bold));
    }

    public static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(c => new TableCell(new Paragraph(Run(c)))))));

    /// <summary>One numbering definition: level formats and texts, e.g. (UpperRoman, "%1."), (Decimal, "%2.").</summary>
    public static AbstractNum Abstract(int id, params (NumberFormatValues Format, string Text)[] levels) =>
        new(levels.Select((l, i) => new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = l.Format },
            new LevelText { Val = l.Text }) { LevelIndex = i }))
        { AbstractNumberId = id };

    public static NumberingInstance Instance(int numId, int abstractId) =>
        new(new AbstractNumId { Val = abstractId }) { NumberID = numId };

    private static Styles Styles()
    {
        var normal = new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        var heading1 = new Style(
            new StyleName { Val = "heading 1" },
            new BasedOn { Val = "Normal" },
            new StyleRunProperties(new Bold()))
        { Type = StyleValues.Paragraph, StyleId = "Heading1" };
        var heading2 = new Style(new StyleName { Val = "heading 2" }, new BasedOn { Val = "Heading1" })
        { Type = StyleValues.Paragraph, StyleId = "Heading2" };
        return new Styles(normal, heading1, heading2);
    }
}
