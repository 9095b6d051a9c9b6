using PolicyKB.Decoding;
using PolicyKB.Metadata;
using PolicyKB.Parsing;

namespace PolicyKB.Ingestion.Steps;

/// <summary>
/// Reads the metadata and splits the lines into header, body, signature block and attached documents; the body
/// segments (the main body and each attachment's) are what the clause parser splits.
/// </summary>
public sealed class AnalyzeLayoutStep : IRunAheadStep
{
    private readonly LayoutAnalyzer _analyzer;

    /// <summary>Creates the step.</summary>
    public AnalyzeLayoutStep(LayoutAnalyzer analyzer) => _analyzer = analyzer;

    /// <inheritdoc />
    public string Name => "layout";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        var layout = _analyzer.Analyze(context.Lines);
        context.Metadata = layout.Metadata;
        context.Segments = Segments(layout.Regions, context.Lines);
        if (context.Segments.Count == 0) context.Warnings.Add("không xác định được phần nội dung: toàn bộ văn bản được coi là nội dung");
        return StepOutcome.Continue;
    }

    internal static IReadOnlyList<BodySegment> Segments(IReadOnlyList<LayoutRegion> regions, IReadOnlyList<SourceLine> lines)
    {
        var segments = new List<BodySegment>();
        LayoutRegion? attachment = null;
        LayoutRegion? previous = null;
        foreach (var region in regions)
        {
            var before = previous;
            previous = region;
            switch (region.Kind)
            {
                case LayoutRegionKind.AttachmentHeader:
                    attachment = region;
                    break;
                case LayoutRegionKind.Body when attachment is not null:
                    segments.Add(new BodySegment(region.Start, region.End)
                    {
                        AttachmentType = attachment.Type ?? "Văn bản kèm theo",
                        AttachmentTitle = attachment.Title,
                        HeaderStart = attachment.Start,
                    });
                    attachment = null;
                    break;
                case LayoutRegionKind.Body when before is { Kind: LayoutRegionKind.DisplacedHeader } && segments.Count > 0:
                    // The body runs on across a letterhead printed out of order: one segment, the letterhead skipped.
                    var last = segments[^1];
                    segments[^1] = last with { End = region.End, Skipped = [.. last.Skipped, (before.Start, before.End)] };
                    break;
                case LayoutRegionKind.Body:
                    var addressees = before is { Kind: LayoutRegionKind.Header } && segments.Count == 0 ? AddresseeLine(lines, before.Start, region.Start) : -1;
                    segments.Add(new BodySegment(region.Start, region.End) { AddresseeStart = addressees });
                    break;
            }
        }
        return segments;
    }

    /// <summary>The "Kính gửi" line among the last header lines before the body, or -1.</summary>
    private static int AddresseeLine(IReadOnlyList<SourceLine> lines, int headerStart, int bodyStart)
    {
        // The header reader ends the header after the addressee list it skips (at most 15 lines).
        for (var i = Math.Min(bodyStart, lines.Count) - 1; i >= Math.Max(headerStart, bodyStart - 16); i--)
        {
            var text = lines[i].Text.Replace("*", "", StringComparison.Ordinal).Trim(' ', '\t', '_', '|');
            if (VietnameseText.Fold(text).StartsWith("KÍNH GỬI", StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
